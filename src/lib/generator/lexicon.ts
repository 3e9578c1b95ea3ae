/**
 * General English news vocabulary the generator reasons with: titles, organisation words, verb classes,
 * calendar words. Nothing here names a particular story, person or place.
 */

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Head words of a person's title or role ("defence minister", "chief executive"). */
export const ROLE_HEADS = words(`
minister secretary president vice-president premier chancellor governor ceo cfo coo cto chairman chairwoman
chairperson chair director spokesperson spokesman spokeswoman ambassador ambassador-designate envoy
representative pm senator congressman congresswoman lawmaker legislator mp mep mayor judge justice coach
captain manager professor general admiral commander chief king queen prince princess leader head founder
co-founder analyst correspondent editor economist striker goalkeeper midfielder defender forward
officer official attorney prosecutor commissioner deputy adviser advisor aide counsellor counselor
councillor president-elect prime-minister emir sultan sheikh monarch pope archbishop bishop cardinal
constable detective magistrate coroner superintendent inspector sergeant colonel lieutenant marshal executive chairman-elect
researcher scientist astronomer physicist biologist chemist engineer lead author investigator
director-general secretary-general treasurer auditor registrar speaker whip governor-general
owner partner president-designate nominee candidate challenger incumbent rapporteur negotiator
lawyer barrister drummer singer guitarist bassist vocalist frontman actor actress producer writer
author novelist playwright composer designer presenter host comedian photographer journalist reporter
boss skipper winger flanker fly-half scrum-half full-back hooker prop lock sprinter athlete trainer
futurologist co-ordinator coordinator spokesperson chef curator architect consultant strategist pollster
keeper referee umpire batsman bowler jockey playmaker centre-back substitute rapper pianist
soprano tenor conductor dancer poet artist filmmaker film-maker broadcaster comic
`);

/** Words that may sit inside a title before its head ("foreign", "trade", "assistant"). */
export const ROLE_MODIFIERS = words(`
defence defense foreign finance trade interior home health education energy environment external affairs
commerce industry justice economy economic agriculture transport labour labor culture sports science
technology digital security national deputy assistant acting interim former junior senior chief
principal vice first second third general state federal regional district city county central executive
managing operating financial technical marketing political legal press public media communications
prime minister secretary attorney solicitor high supreme appeals court bank central reserve monetary
policy committee board world global international european us u.s. uk u.k. un u.n. eu navy army air
force military war treasury housing planning water climate
`);

/** Organisation-ending words: "X Group", "X Ministry", "X Ltd". */
export const ORG_HEADS = words(`
group ministry department agency bank council association committee commission party union
corporation corp corp. inc inc. ltd ltd. llc plc company co co. industries holdings institute university
college school foundation fund authority board bureau office organisation organization federation league
club court parliament congress senate assembly cabinet government administration service services trust
alliance coalition network systems technologies airlines airways motors partners capital securities
exchange observatory laboratory laboratories lab centre center hospital press times post journal news
agency forces army navy police team brands foods motors pharmaceuticals energy media entertainment
airline bancorp financial insurance
`);

/** Words that mark a thing (not a person) when they end a capitalised name. */
export const THING_HEADS = words(`
agreement framework treaty pact deal accord arrangement partnership memorandum protocol act bill law
plan programme program initiative strategy policy convention charter declaration summit meeting
conference dialogue talks forum games cup championship final league open tournament prize award
mission telescope satellite rocket vehicle aircraft missile system project index report survey
hurricane typhoon cyclone storm tsunami earthquake operation
`);

/** Kinds of work that, opening a sentence before a title ("Comedy Meet The Fockers has …"), describe it. */
export const WORK_KINDS = words(`
comedy drama thriller musical documentary sequel prequel remake film movie album single song novel
sitcom soap biopic cartoon animation western horror romance satire blockbuster epic
`);

/** Nouns for agreements: what is signed, ratified or concluded. */
export const AGREEMENT_NOUNS = words(`
agreement framework treaty pact deal accord arrangement partnership memorandum protocol charter
convention declaration contract compact understanding mou
`);

/** Nouns for gatherings: occasions on whose sidelines things happen. */
export const MEETING_NOUNS = words(
	'meeting summit conference talks dialogue forum session visit gathering ceremony congress assembly'
);

export const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

const MONTH_ABBREVIATIONS: Record<string, number> = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12
};

/** Month number (1-12) of a month name or abbreviation, or 0. */
export function monthNumber(word: string): number {
	const w = word.toLowerCase().replace(/\.$/, '');
	const full = MONTHS.indexOf(w);
	if (full >= 0) return full + 1;
	return MONTH_ABBREVIATIONS[w] ?? 0;
}

export const WEEKDAYS = [
	'sunday',
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday'
];

/** Verb classes the generator asks about, by lemma or inflected form. */
export const VERB_CLASSES: Record<string, string> = {};
const addVerbs = (cls: string, forms: string) => {
	for (const f of forms.split(/\s+/).filter(Boolean)) VERB_CLASSES[f] = cls;
};
addVerbs('sign', 'sign signs signed signing ink inks inked inking');
addVerbs('meet', 'meet meets met meeting');
addVerbs('announce', 'announce announces announced announcing unveil unveils unveiled unveiling');
addVerbs('impose', 'impose imposes imposed imposing slap slapped levy levied');
addVerbs('agree', 'agree agrees agreed');
addVerbs(
	'acquire',
	'acquire acquires acquired acquiring buy buys bought buying purchase purchased'
);
addVerbs('sell', 'sell sells sold selling');
addVerbs('win', 'win wins won winning');
addVerbs('beat', 'beat beats beating defeat defeats defeated defeating');
addVerbs('elect', 'elect elected re-elected');
addVerbs('appoint', 'appoint appoints appointed appointing name named nominate nominated');
addVerbs('raise', 'raise raises raised raising');
addVerbs('cut', 'cut cuts cutting lower lowers lowered lowering');
addVerbs('launch', 'launch launches launched launching');
addVerbs('discover', 'discover discovers discovered discovering detect detected detecting');
addVerbs('resign', 'resign resigns resigned resigning');
addVerbs('hold', 'hold holds held holding host hosts hosted hosting');
addVerbs('visit', 'visit visits visited visiting');
addVerbs('lead', 'lead leads led');

/** Past participle used to ask about a verb class in the passive ("Where was X signed?"). */
export const PARTICIPLES: Record<string, string> = {
	sign: 'signed',
	meet: 'met',
	announce: 'announced',
	impose: 'imposed',
	agree: 'agreed',
	acquire: 'acquired',
	sell: 'sold',
	win: 'won',
	beat: 'beaten',
	elect: 'elected',
	appoint: 'appointed',
	raise: 'raised',
	cut: 'cut',
	launch: 'launched',
	discover: 'discovered',
	resign: 'resigned',
	hold: 'held',
	visit: 'visited',
	lead: 'led'
};

/** Base form, for "did X sign ...?" questions. */
export const BASE_FORMS: Record<string, string> = {
	sign: 'sign',
	meet: 'meet',
	announce: 'announce',
	impose: 'impose',
	agree: 'agree',
	acquire: 'acquire',
	sell: 'sell',
	win: 'win',
	beat: 'beat',
	elect: 'elect',
	appoint: 'appoint',
	raise: 'raise',
	cut: 'cut',
	launch: 'launch',
	discover: 'discover',
	resign: 'resign',
	hold: 'hold',
	visit: 'visit',
	lead: 'lead'
};

/** Verbs of saying, for quotations and attributions. */
export const SAY_VERBS = words(`
said says say told tells wrote writes stated states added adds noted notes emphasised emphasized
stressed argued claimed announced posted tweeted commented remarked explained warned insisted
declared observed
`);

/** Words that never start a name even when capitalised at the start of a sentence. */
export const NAME_STOPWORDS = words(`
the a an this that these those it its he she they we i you his her their our my your both all
some many several most more less each every no not but and or so yet if when while after before
since as at by for from in into of on to with without over under about against between during
meanwhile however also then there here what which who whom whose why how where mr mrs ms dr
last next earlier later today yesterday tomorrow tonight this week month year following according
now still instead indeed already even only just currently recently again soon often usually sometimes rarely
despite besides although though unlike amid amidst among across beyond through throughout towards upon within until unless because whether
overall elsewhere separately likewise similarly otherwise therefore thus hence moreover furthermore
nevertheless nonetheless consequently accordingly ultimately eventually initially originally perhaps
maybe possibly probably surely certainly clearly obviously fortunately unfortunately ironically
bar barring excluding including one like unlike other another such few rival rivals fellow
`);

/** Honorifics dropped from names ("Mr. Smith" is "Smith"). */
export const HONORIFICS = words('mr mrs ms miss dr prof sir dame lord lady rev hon');
/** Titles a peer is known by with one name after them ("Lord Woolf"): the pair is the name. */
export const PEER_TITLES = words('lord lady baroness');

/** Number words for counts and durations. */
export const NUMBER_WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	hundred: 100,
	dozen: 12
};

/** Scale words after a number ("$4.2 billion"). */
export const SCALE_WORDS = words('thousand million billion trillion bn m mn k');

/** Duration units. */
export const DURATION_UNITS = words(
	'year years month months week weeks day days decade decades hour hours'
);

export const CURRENCY_WORDS: Record<string, string> = {
	dollar: '$',
	dollars: '$',
	pound: '£',
	pounds: '£',
	euro: '€',
	euros: '€',
	yen: '¥',
	rupee: '₹',
	rupees: '₹'
};

/** Nouns that, after "the", point back into the article ("the club", "the deal"): vague on a card. */
export const GENERIC_REFERENTS = words(`
club firm company companies group move deal bill plan project album band pair side team game match
act law figure figures report study scheme case firm's club's company's group's four-piece trio duo
singer star player players film show programme program series book song network site service
government's agency body party organisation organization decision proposal proposals idea product
products device system event festival ceremony award awards prize contest competition league
tournament race rate rates move offer takeover bid merger sale shares stake unit division business
`);

/** Verbs whose "for …ing" phrase gives a reason ("suspended for missing three tests"). */
export const REASON_VERBS = words(`
suspend ban fine jail sentence criticise criticize praise arrest charge sue blame award honour honor
thank apologise apologize sack dismiss punish condemn attack knight investigate convict prosecute
penalise penalize reward recognise recognize fire expel discipline hail applaud slam accuse reprimand
censure blast rap nominate select pick
`);

/** Verbs of saying and thinking: what they take is a clause, so no object or place is asked of them. */
export const COMPLEMENT_VERBS = words(`
say tell add claim hint suggest indicate signal believe think hope expect admit deny reveal confirm
insist warn argue note explain state announce predict fear estimate report acknowledge know feel
agree accept urge stress emphasise emphasize maintain mean show suspect assume realise realize
`);

/**
 * Initials every reader knows ("What does IMF stand for?", "… EU …"): reviewers rejected spelling them
 * out as general knowledge, while a story's own initials (WEF, WEEE) were kept.
 */
export const COMMON_ACRONYMS = words(`
imf eu un nato bbc fbi cia nasa who wto oecd opec nhs gdp ceo uk us usa uae mp mep tv pc dvd cd
aids hiv dna uefa fifa ioc g7 g8 itv cnn sms usb pin atm vat faq ufo mtv gps lcd isp pda gm lse bma
`);

/** Newspapers and magazines whose writers comment on a story ("Wendy Ide of The Times"). */
export const PRESS_TITLES =
	/^(The\s+)?(Times|Guardian|Independent|Telegraph|Observer|Mirror|Sun|Daily Mail|Express|Variety|Billboard|Screen International|Financial Times|Economist|New York Times|Washington Post|Wall Street Journal)\b/;

/** News outlets: the teller of a story, never a fact of it ("BBC News Online has received …"). */
export const NEWS_OUTLETS =
	/^(BBC|Reuters|AFP|Associated Press|Press Association|Sky News|ITV News|CNN)\b/;
