namespace Conoceles.Domain.Geography;

/// <summary>An INEGI state: two-digit code ("05").</summary>
public sealed record State(string Code, string Name, string Abbreviation);

/// <summary>An INEGI municipality: five-digit CVEGEO ("05030").</summary>
public sealed record Municipality(string Code, string StateCode, string Name);

/// <summary>A federal electoral district of the 2023 map, with its seat (cabecera).</summary>
public sealed record FederalDistrict(string StateCode, int Number, string Seat);
