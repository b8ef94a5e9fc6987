namespace ThaiBinh.MotCua.Infrastructure.Seeding.ChangeSets;

/// <summary>hung-yen-2025-07.json: the new province and its communes, each with the old units it continues.</summary>
internal sealed record HungYenUnitsFile(HungYenUnitsFile.ProvinceEntry Province, IReadOnlyList<HungYenUnitsFile.Commune> Communes)
{
    internal sealed record ProvinceEntry(string Code, string Name, IReadOnlyList<string> Predecessors);

    internal sealed record Commune(string Code, string Name, string Type, IReadOnlyList<Predecessor> Predecessors);

    /// <remarks>Partial: Split between two new units: only part of it is continued here.</remarks>
    internal sealed record Predecessor(string Code, string Name, string Province, bool Partial);
}

/// <summary>change-set.2025-07-01.hung-yen.json beyond its header.</summary>
/// <remarks>ClosesProvince: The code of the province whose whole tree closes on the eve. DistrictSeats: For each closed district, the commune of its seat: the new commune continuing it takes the district desk's dossiers.</remarks>
internal sealed record HungYenManifest(
    string UnitsFile,
    string ClosesProvince,
    string ProvinceLevel,
    string CommuneLevel,
    string ProvinceKind,
    string AgencySuffix,
    IReadOnlyList<ProvincialOffice> ProvincialOffices,
    HungYenManifest.CommuneCentreNumbering CommuneCentres,
    IReadOnlyDictionary<string, string> DistrictSeats,
    IReadOnlyList<string> AbolishedLevels)
{
    /// <summary>The n-th commune (1-based, in the file's order) gets 000.ZZ.YY with YY = FirstAgencyY + (n-1) / CommunesPerY.</summary>
    internal sealed record CommuneCentreNumbering(int FirstAgencyY, int CommunesPerY)
    {
        public string Code(int n, string suffix) => AgencyNames.Code((n - 1) % CommunesPerY + 1, FirstAgencyY + (n - 1) / CommunesPerY, suffix);
    }
}
