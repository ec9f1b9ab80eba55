/**
 * Everyday English words that rarely say what a note is about ("run", "look", "second").
 * Unlike stop words they are kept, so phrases such as "code review" or "run" still
 * form; matching only gives them less weight when it picks a note's distinctive terms.
 * A small vault cannot tell these apart from real topics by document frequency alone.
 * One word per stem, and no stop words: terms are compared as stems, so "look" also
 * covers "looks" and "looking".
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
	(
		"ability able absolutely accept across act actually add added admit afternoon ago agree ahead aim allow " +
		"alone along already alright amount answer anyway apart appear approach area arrive ask aside attempt " +
		"avoid aware awful bad badly balance base basic bear beat beautiful begin behind believe " +
		"big bit bottom box break bring brought bunch busy buy call care " +
		"carry case catch cause certain certainly chance change cheap check choice choose chose clear " +
		"clearly close closer come common completely consider continue count couple course cover " +
		"create current cut daily dear decide deep definitely describe detail different " +
		"difficult direct directly discuss door double drop due early ease easier easily east easy effect effort " +
		"eight either eleven end enjoy entire especially evening event eventually " +
		"everybody exact exactly example except expect explain extra face fact fair fairly fall far fast feel " +
		"felt fifteen fifty figure fill final find fine finish fit five fix follow " +
		"form forty forward four friday front full fully fun future gave general gives glad " +
		"goal greater grow guess guy half hand handle hang happen happy hard hardly head hear " +
		"heard held help high higher hit hold home hope hour huge hundred idea imagine " +
		"immediately important include instead interest issue item job join " +
		"kind knew known large late learn leave left lesson level lie life light " +
		"line list listen live long longer look lose loss lost loud love low lower lunch main mainly " +
		"major manage matter mean meant meet middle mind minute miss moment monday month " +
		"monthly morning move name nearly necessary needed nice night nine normal note " +
		"notice number obvious obviously odd ok okay open order ordinary original outside overall pass " +
		"past people perfect period person pick piece place play plenty plus point position " +
		"possible pretty previous probably problem proper properly prove pull push question " +
		"quick quickly quiet raise ran rare reach ready real realise realize reason " +
		"recent remain remember rest result return rid rise room round rule run " +
		"safe saturday saw second seeing seemed send sense sent serious set seven shape short shortly " +
		"side sign similar simple simply single sit situation six size slightly slow small smaller sort sound space speak " +
		"special spend spent stand start state stay step stop story straight strong " +
		"stuck stuff suddenly suggest sunday suppose surprise tail talk tell ten tend term " +
		"thanks third thirty thousand thought thursday tiny told top total touch tough towards tried true " +
		"truly truth try tuesday turn twelve twenty twice type typical understand unless unlike " +
		"unusual usual various version view visit wait wanted watch wednesday weekly weird " +
		"whatever wide win wish wonder word worked world worry worse worst worth write " +
		"written wrong wrote yeah yesterday young"
	).split(" "),
);

let stems: Set<string> | null = null;

/** The stems of COMMON_WORDS, as the analyser produces them. */
export function isCommonTerm(term: string, stem: (word: string) => string): boolean {
	stems ??= new Set([...COMMON_WORDS].map(stem));
	return stems.has(term);
}
