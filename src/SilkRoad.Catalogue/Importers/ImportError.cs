namespace SilkRoad.Catalogue.Importers;

/// <summary>A record that could not be read: where it is (file and line or record number) and why.</summary>
public sealed record ImportError(string File, long Position, string Reason, string PositionKind = "line")
{
    public override string ToString() => $"{File}:{PositionKind} {Position}: {Reason}";
}
