/**
 * Everyday English words that rarely say what a note is about ("run", "looks", "second").
 * Unlike stop words they are kept, so phrases such as "code review" or "run" still
 * form; matching only gives them less weight when it picks a note's distinctive terms.
 * A small vault cannot tell these apart from real topics by document frequency alone.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
	(
		"ability able absolutely accept across act actually add added adding admit afternoon ago agree ahead aim allow " +
		"alone along already alright amount answer anyway apart appear approach area arrive ask asked asking aside attempt " +
		"avoid aware awful bad badly balance base based basic basically bear beat beautiful begin beginning behind believe " +
		"big bit bottom box break bring brought bunch busy buy call called calling calls care careful " +
		"carry case catch cause certain certainly chance change changed changes cheap check choice choose chose clear " +
		"clearly close closed closer come comes coming common completely consider continue count couple course cover " +
		"covering create current currently cut daily dear decide decided deep definitely describe detail did different " +
		"difficult direct directly discuss doing door double drop due early ease easier easily east easy effect effort " +
		"eight either eleven end ended ending enjoy entire entirely especially evening evenings event events eventually " +
		"everybody exact exactly example except expect expected explain extra face fact fair fairly fall far fast feel " +
		"feeling felt fifteen fifty figure fill final finally find finding fine finish fit five fix fixed follow following " +
		"form forty forward four friday front full fully fun further future gave general generally get gives glad " +
		"goal gone greater grow guess guy guys half hand handle hang happen happened happens happy hard hardly head hear " +
		"heard held help helped helpful helps high higher hit hold home hope hour hours huge hundred idea ideas imagine " +
		"immediately important include included including instead interest interesting issue issues item job join keep " +
		"kind knew known large largely late lately later learn leave left less lesson level lie life light likely " +
		"line list listen live long longer look looked looking looks lose loss lost loud love low lower lunch main mainly " +
		"major manage matter mean meaning means meant meet middle mind minute minutes miss missing moment monday month " +
		"monthly months morning move moved moving name nearly necessary needed nice night nine normal normally note notes " +
		"notice number obvious obviously odd ok okay once open opened order ordinary original outside overall pass " +
		"past people perfect period person pick picked piece place play plenty plus point points position " +
		"possible possibly pretty previous probably problem problems proper properly prove pull push question questions " +
		"quick quickly quiet raise ran rare rarely reach ready real realise realize really reason " +
		"reasons recent recently remain remains remember rest result return rid rise room round rule run running runs " +
		"safe saturday saw second seconds seeing seemed send sense sent serious set seven shape short shortly " +
		"side sign similar simple simply single sit situation six size slightly slow small smaller sort sound space speak " +
		"special spend spent stand standing start started starting starts state stay step stop story straight strong " +
		"stuck stuff suddenly suggest sunday suppose surprise surprised tail talk talked talking tell ten tend term " +
		"terms thanks third thirty thousand thought thoughts thursday tiny told top total touch tough towards tried true " +
		"truly truth try trying tuesday turn turned twelve twenty twice type typical understand unless unlike " +
		"unusual usual usually various version view visit wait wanted watch watched wednesday weekly weird " +
		"went whatever wide win wish wonder wonderful word words worked working works world worry worse worst worth write " +
		"writing written wrong wrote yeah yesterday young"
	).split(" "),
);

let stems: Set<string> | null = null;

/** The stems of COMMON_WORDS, as the analyser produces them. */
export function isCommonTerm(term: string, stem: (word: string) => string): boolean {
	stems ??= new Set([...COMMON_WORDS].map(stem));
	return stems.has(term);
}
