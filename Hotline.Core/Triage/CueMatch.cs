namespace Hotline.Triage;

// One cue found in a message; Negated when a negation word of the cue's language stands just before it.
internal sealed record CueMatch(CuePattern Cue, int Start, int End, bool Negated);
