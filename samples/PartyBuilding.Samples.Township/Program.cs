using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PartyBuilding.Core.DependencyInjection;
using PartyBuilding.Core.Organizations;

// A township host: registers the library, then asks it about the township's units.
// Options: --culture zh-CN prints the reasons in Chinese.
var cultureIndex = Array.IndexOf(args, "--culture");
if (cultureIndex >= 0 && cultureIndex + 1 < args.Length)
{
    CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(args[cultureIndex + 1]);
}

using var provider = new ServiceCollection().AddPartyBuilding().BuildServiceProvider();
var advisor = provider.GetRequiredService<IStructureAdvisor>();

(string Unit, int Full, int Probationary)[] units =
[
    ("Mazhu Town Government", 118, 6),
    ("Dongshan Village", 41, 3),
    ("Waikou Migrant Settlement", 9, 1),
    ("Hengli Hardware Co.", 4, 1),
    ("Lianfa Textiles", 2, 0),
    ("Xinmao Packaging", 0, 0),
    ("Nanxi Community", 58, 4),
];

Console.WriteLine("Structure advice");
Console.WriteLine(new string('-', 72));
foreach (var (unit, full, probationary) in units)
{
    var advice = advisor.Advise(full, probationary);
    Console.WriteLine($"{unit,-28} full {full,4}  probationary {probationary,3}  -> {advice.Form}");
    foreach (var reason in advice.Reasons)
    {
        Console.WriteLine($"    [{reason.Code}] {reason.Message}");
    }
}
