namespace SilkRoad.Catalogue.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
