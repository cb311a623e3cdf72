using PartyBuilding.Samples.County;

return CountyHost.Run(args, Console.Out, Console.Error);
