using Archive.Core.Import;

namespace Archive.Core.Revisions;

/// <summary>A clause of the new revision with the id it keeps or gets, and what changed.</summary>
/// <param name="Clause">The clause as parsed now (its <see cref="ParsedClause.Id"/> is only the position's suggestion).</param>
/// <param name="Id">The id links use: the previous clause's id when it is still there, else a new one.</param>
/// <param name="Change">Unchanged, Moved, Edited (text changed, possibly also moved) or Added.</param>
/// <param name="Similarity">How much of the previous text it shares (1 for the same text, 0 for an added clause).</param>
public sealed record MatchedClause(ParsedClause Clause, string Id, ClauseChange Change, double Similarity);
