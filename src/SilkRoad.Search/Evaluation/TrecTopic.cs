namespace SilkRoad.Search.Evaluation;

/// <summary>One query of a test collection: its id (as in the qrels) and the text a user would type.</summary>
public sealed record TrecTopic(string Id, string Text);
