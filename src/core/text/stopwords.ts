/**
 * Common English words that say nothing about what a note is about. Kept short on
 * purpose: rare words are handled by inverse document frequency, this list only stops
 * the very frequent ones from crowding out the distinctive terms of a note.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
	(
		"a about above after again against all almost also although always am among an and another any anyone anything are " +
		"aren't around as at away back be became because become been before being below best better between both but by " +
		"came can can't cannot could couldn't day days did didn't do does doesn't doing don't done down during each else " +
		"enough even ever every everyone everything few first for from further get gets getting give given go goes going " +
		"gone good got great had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him " +
		"himself his how how's however i i'd i'll i'm i've if in into is isn't it it's its itself just keep kept know last " +
		"later least less let let's like likely little lot lots made make makes making many may maybe me might mine more " +
		"most mostly much must mustn't my myself near need needs never new next no nobody none nor not nothing now of off " +
		"often old on once one ones only or other others otherwise ought our ours ourselves out over own part per perhaps " +
		"put quite rather really right said same say says see seem seems seen several shall shan't she she'd she'll she's " +
		"should shouldn't show since so some someone something sometimes soon still such sure take taken than that that's " +
		"the their theirs them themselves then there there's these they they'd they'll they're they've thing things think " +
		"this those though three through thus to today together too took toward two under until up upon us use used uses " +
		"using very via want wants was wasn't way ways we we'd we'll we're we've week weeks well went were weren't what " +
		"what's when when's where where's whether which while who who's whole whom whose why why's will with within without " +
		"won't work would wouldn't year years yes yet you you'd you'll you're you've your yours yourself yourselves " +
		"am pm etc eg ie vs re via"
	).split(" "),
);
