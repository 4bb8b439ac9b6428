namespace SilkRoad.Catalogue.Storage;

/// <summary>
/// A unique resource as stored. Its descriptive content is one JSON document (<see cref="ResourceDocument"/>), as
/// Invenio and OpenAlex keep records; only what is queried or sorted on has a column of its own.
/// </summary>
public sealed class StoredResource
{
    /// <summary>Stable id: assigned once, never reused, kept through merges.</summary>
    public long Id { get; set; }

    /// <summary>The type's name (<see cref="Core.ResourceTypes.ResourceType"/>).</summary>
    public required string Type { get; set; }

    public int? Year { get; set; }

    /// <summary>The first title, for sorting and lists.</summary>
    public required string Title { get; set; }

    /// <summary>The languages of the resource's titles, abstracts and keywords: space-separated codes, e.g. <c>en zh</c>.</summary>
    public required string Languages { get; set; }

    /// <summary>The content as JSON (<see cref="ResourceDocument"/>).</summary>
    public required string Document { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Last change: the datestamp an OAI-PMH provider publishes.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// Set when every source record of the resource was withdrawn (an OAI-PMH deleted record). The row stays as a
    /// tombstone so the id is never reused and an OAI-PMH provider can report the deletion.
    /// </summary>
    public DateTime? DeletedAt { get; set; }
}
