using PartyBuilding.Samples.Township;

return TownshipHost.Run(args, Console.Out, Console.Error);
