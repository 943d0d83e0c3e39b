/**
 * The signs of crisis the check looks for, as patterns over normalised text (see crisis.ts).
 * Written for recall: a false alarm costs a moment, a miss can cost a life. Patterns marked
 * `past` describe something that may be over ("i tried to end my life"); those alone are
 * passed as a recovery story when the message clearly places them in the past.
 */

export type CrisisKind = 'suicide' | 'selfharm' | 'overdose' | 'medical' | 'danger';
/**
 * `overrulable`: the sign is a topic word or a phrase also used as an idiom ("my mum will kill
 * me"), so the model may overrule it when sure (crisis-check.ts); a plain statement of danger
 * ("my partner is violent") never is.
 */
export type CrisisSign = { kind: CrisisKind; pattern: RegExp; past?: boolean; overrulable?: boolean };

const ME = '(?:myself|my self|meself|my own life|my life)';
const PILLS = '(?:pills?|tablets?|meds|medication|medicine|paracetamol|paracetomol|co-?codamol|codeine|ibuprofen|aspirin|benzos?|valium|diazepam|xanax|alprazolam|zopiclone|sleeping (?:pills|tablets)|tramadol|methadone|morphine|oxy|oxys|oxycodone|fentanyl|heroin|gear|insulin|antidepressants|sertraline|citalopram|mirtazapine|pregabalin|gabapentin|lithium|quetiapine|gbl|ghb|g)';
const PERSON = '(?:someones|somebodys|he|she|they|him|her|them|my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|dad|father|mum|mam|mom|mother|stepdad|step dad|stepmum|brother|sister|son|daughter|uncle|landlord|dealer|flatmate|housemate|fella|missus|other half)|someone|somebody|a man|a guy|this guy|some guy|people)';
const SOMEONE = '(?:he|she|they|my (?:mate|friend|partner|husband|wife|boyfriend|girlfriend|son|daughter|dad|mum|mam|mom|brother|sister|flatmate|housemate|pal)|someone|somebody|this guy|this girl)';
const NOT_BE = '(?:do not|dont|did not|dont really|really do not|never) (?:want|wanna|wish) (?:to )?';

export const CRISIS_SIGNS: CrisisSign[] = [
  // Pills taken all at once alongside drink or other drugs.
  { kind: 'overdose', pattern: new RegExp(`\\b(?:and|with|plus|on top of) all (?:of )?(?:my|the|his|her) ${PILLS}\\b`), overrulable: true },
  // Suicide, said plainly.
  { kind: 'suicide', pattern: new RegExp(`\\b(?<!(?:tried|attempted|trying|try) to )(?:kill|killing|end|ending|take|taking|off|offing) ${ME}\\b`), overrulable: true },
  { kind: 'suicide', pattern: new RegExp(`\\b(?:tried|try|trying|attempted|attempt) to (?:kill|end|take) ${ME}\\b`), past: true },
  { kind: 'suicide', pattern: /\b(?:kms|kys|unalive|unaliving|unalived|sewerslide|su?[iu]?c+[iu]?d+[ea]?l?l?y?|suicide|suicidal|sucide|suiside|suicid|suicidle|sucidal|suisidal|suicdal)\b(?! (?:prevention|awareness|charity|helpline|hotline|training|walk|film|movie|documentary|squad|run|day|week|month|scene|book|article|episode|show|series|statistics|rates|survivors?))/, past: true, overrulable: true },
  { kind: 'suicide', pattern: /\b(?:attempted suicide|suicide attempt)\b/, past: true },
  { kind: 'suicide', pattern: /\b(?:wanted|wished) (?:to )?(?:just )?(?:die|be dead|end it|not be here|kill myself)\b/, past: true, overrulable: true },
  { kind: 'suicide', pattern: /\b(?:want|wanna|wish|wishing|ready|going|gonna|deserve|need|needs|just want|would rather|rather|i should|i could|i might|might as well|plan|planning|time) (?:to |2 )?(?:just )?(?:die|be dead|be gone|not be here|not exist|stop existing|not be alive|end it|go to sleep forever|sleep forever|disappear forever|not wake up)\b/ },
  { kind: 'suicide', pattern: /\bi (?:wish|want) (?:i was|i were|to be|i could be) (?:dead|gone|never born)\b|\bi wish i (?:was not|wasnt|were not|werent|was never|had never been) (?:alive|here|born|around)\b/ },
  { kind: 'suicide', pattern: /\b(?:easier|better|happier) (?:for everyone |for them |for my family )?if i (?:was|were|am) (?:dead|gone|not here|not around|not alive)\b/ },
  { kind: 'suicide', pattern: /\b(?:sorted|written|writing|made|done|making) (?:out )?my will\b|\b(?:got|have|bought|found|tied) (?:a |the |some )?rope\b/ },
  { kind: 'suicide', pattern: /\b(?:drink|drinking|use|using|drug|drugging|gamble|gambling|smoke|smoking) (?:myself|meself|my self) to death\b|\b(?:would|d|i would|id) welcome death\b|\bdeath would be (?:a |such a )?(?:relief|welcome|blessing|release|mercy)\b|\b(?:crash|drive|wrap) (?:my|the) car (?:on purpose|into (?:a |the )?(?:wall|tree|lorry|river|bridge))\b/ },
  { kind: 'suicide', pattern: /\b(?:not|never) (?:going to|gonna) be (?:here|around|anywhere|alive) (?:tomorrow|much longer|next week|by (?:the )?(?:morning|weekend|tomorrow))\b/, overrulable: true },
  { kind: 'suicide', pattern: /\b(?:my )?life is (?:pointless|meaningless|worthless|hopeless|over|not worth it)\b/ },
  { kind: 'suicide', pattern: /\b(?:going to|gonna|about to|want to|wanna) jump\s*[.!]*$|\b(?:going to|gonna|about to|want to|wanna) jump (?:off|from|in front)\b/, overrulable: true },
  { kind: 'suicide', pattern: /\b(?:i am|im) done\b.{0,20}\bgoodbye\b|\bgoodbye forever\b/ },
  { kind: 'suicide', pattern: /\b(?:better off (?:dead|without me|if i (?:was|were|am) gone|if i (?:was|were) not here|if i wasnt here)|better without me)\b/ },
  { kind: 'suicide', pattern: new RegExp(`\\b${NOT_BE}(?:be here|be alive|live|living|exist|existing|be around|wake up|go on|carry on|keep going|keep living|b here|be here anymore|do life)\\b(?! (?:early|at \\d|before|for work|so early|on a sunday|this early|in this|with|in that|without|here|there))`) },
  { kind: 'suicide', pattern: /\b(?:hope|hoping|pray|praying) i (?:do not|dont|never|will not|wont) wake (?:up)?\b/ },
  { kind: 'suicide', pattern: /\b(?:sleep and (?:never|not) wake|never wake up again|not wake up tomorrow|go to sleep and not)\b/ },
  { kind: 'suicide', pattern: /\b(?:no|not any|not a single|nothing left to|nothing to|no reason to|no point (?:in|to)) ?(?:reason (?:to|for) )?(?:live|living|be alive|being alive|go on|going on|carry on|carrying on|keep going|live for)\b/ },
  { kind: 'suicide', pattern: /\bwhat is (?:even |really |actually |honestly |just )?the (?:point|use)(?: (?:anymore|any more|now|in anything|of anything|of living|of life|in living|in life|of it all|in it all|of me|of being here|of being alive|of going on|of trying|in trying|in going on))?\s*[?!.]*$/ },
  { kind: 'suicide', pattern: /\bwhat is (?:even |really |actually |honestly |just )?the (?:point|use) (?:anymore|any more|of living|of life|in living|of it all|of being alive|of going on|of me|in anything|of anything)\b/ },
  { kind: 'suicide', pattern: /\b(?:do not|dont|cant|can not|cannot|never) see (?:the|any|a) (?:point|reason) (?:of|in|to|for) (?:living|life|going on|anything|being here|carrying on|being alive|it all|me)\b/ },
  { kind: 'suicide', pattern: /\b(?:there is|theres|i see) no point (?:anymore|any more|in anything|in living|in life|to anything|in going on|in carrying on|in being here)\b/ },
  { kind: 'suicide', pattern: /\b(?:can not|cant|cannot|could not) (?:do this|do it|go on|take it|take this|take any more|take anymore|cope|carry on|keep going|keep doing this|live like this|face (?:tomorrow|another day|it anymore)|be here|handle (?:this|it|life)) ?(?:any ?more|any longer|no more|much longer|no longer)\b/ },
  { kind: 'suicide', pattern: /\b(?:can not|cant|cannot) (?:do this|go on|carry on|keep going|live like this|take it|take this|cope)(?: (?:now|honestly|mate|tbh|i am done|lol))?\s*[?!.]*$/ },
  { kind: 'suicide', pattern: /\b(?:can not|cant|cannot) (?:do this|go on|carry on|keep going|live like this|take it) (?:any ?more|any longer|no more)\b/ },
  { kind: 'suicide', pattern: /\b(?<!(?:tried|attempted|trying|try) to )(?:end|ending|finish|finishing) (?:it all|everything|things|my life|it tonight|it today|it now|it for good|it 2nite)\b/ },
  { kind: 'suicide', pattern: /\b(?:want|wanted|need|wish) (?:it all|everything|the pain|this|all this|life|it|things) to (?:stop|end|be over)(?: (?:forever|for good|now|already))?\b(?! (?:ringing|sending|buzzing|raining))/ },
  { kind: 'suicide', pattern: /\b(?:i am|i will|i wont|i will not|im) (?:not )?(?:be )?(?:going to be )?(?:around|here) (?:much longer|for much longer|for long|tomorrow|after tonight|by tomorrow|anymore|any more)\b/ },
  { kind: 'suicide', pattern: /\b(?:will not|wont|not going to) be (?:around|here) (?:much longer|for long|tomorrow|after tonight|anymore|any more|to see)\b/ },
  { kind: 'suicide', pattern: /\b(?:this is (?:my )?goodbye|saying (?:my )?goodbyes?(?! to (?:my |the |a |an |our |his |her )?(?:old|job|house|team|flat|friends|colleagues|holiday|summer|year))|said (?:my )?goodbyes?|goodbye (?:everyone|world|forever|all)|final goodbye|last message|this is the end for me)\b/ },
  { kind: 'suicide', pattern: /\b(?:written|wrote|writing|write|left|leaving) (?:a |my |some )?(?:note|notes|letters?|goodbye letters?) (?:to|for) (?:my |the )?(?:kids|children|family|mum|mam|mom|dad|wife|husband|partner|son|daughter|everyone|parents|girls|boys)\b/ },
  { kind: 'suicide', pattern: /\b(?:suicide note|giving (?:away )?(?:all )?(?:my |of my )?(?:stuff|things|belongings|possessions)(?: away)?|given (?:away )?(?:all )?my (?:stuff|things) away|sorted my will|putting my affairs in order|affairs in order)\b/ },
  { kind: 'suicide', pattern: /\b(?:tired|sick|exhausted|done) (?:of|with) (?:living|life|existing|being alive|being here|it all|everything|waking up)\b/ },
  { kind: 'suicide', pattern: /\b(?:no|lost the|lost my|have no) will to live\b/ },
  { kind: 'suicide', pattern: /\b(?:nobody|no one|noone|no1) (?:would|will|is going to|gonna) (?:miss|notice|care|even notice)(?: me| if i)?\b/ },
  { kind: 'suicide', pattern: /\b(?:everyone|everybody|my family|my kids|they) (?:would|will|d) be (?:better|happier) (?:off )?without me\b/ },
  { kind: 'suicide', pattern: /\b(?:jump|jumping|throw myself|step|stepping) (?:off|from|in front of|under) (?:a |the |this )?(?:bridge|building|train|roof|cliff|bus|lorry|car|car park|multi storey|tower block|balcony)\b/, overrulable: true },
  { kind: 'suicide', pattern: /\b(?:hang|hanging) myself|\b(?:a |the )?rope (?:ready|in my|round|around my neck)|\bslit (?:my )?wrists?\b|\b(?:stockpil\w*|saving up|saved up|hoarding) (?:my )?(?:pills|tablets|meds)\b/ },
  { kind: 'suicide', pattern: /\b(?:painless|easiest|quickest|best|fastest) way to (?:die|go|end it|kill)\b|\bhow many .{0,25}(?:to (?:die|kill|end it)|would (?:kill|be fatal|be lethal))\b|\b(?:lethal|fatal) (?:dose|amount)\b/ },
  { kind: 'suicide', pattern: /\b(?:life is not|life isnt|life aint|not) worth (?:living|it anymore|it any more|going on)\b/ },
  { kind: 'suicide', pattern: /\b(?:want|wanna|need|going) to disappear(?: forever| for good| permanently)?\s*[.!]*$|\bdisappear (?:forever|for good|permanently|tonight and|and (?:not|never) come back)\b|\b(?:not|never) (?:come|coming) back\s*[.!]*$/ },
  { kind: 'suicide', pattern: /\b(?:thinking|thoughts|think) (?:about|of) (?:ending it|ending things|ending my life|ending everything|killing myself|dying|not being here|suicide|taking my life)\b/ },
  { kind: 'suicide', pattern: /\b(?:i am|im|feel|feeling) (?:like )?(?:such )?a (?:burden|waste of space)\b|\b(?:cant|can not) see a way out\b|\bno way out(?: (?:for me|of this life|of this mess|of this))?\s*[.!]*$|\b(?:i am|im) done\s*[.!]*$/ },
  { kind: 'suicide', pattern: /\bnot (?:going to|gonna) (?:make it through|survive) (?:the night|tonight|this)\b/ },

  { kind: 'suicide', pattern: /\b(?:better off|happier|better) (?:off )?(?:if i (?:was|were|wasnt|werent|was not|were not|am not) (?:not )?(?:here|around|alive|gone|dead|in the picture)|without me)\b/ },
  { kind: 'suicide', pattern: /\bno (?:point|reason) (?:in |to )?(?:living|life|going on|carrying on|being alive|trying|keep going|keep living|be here)\b/ },
  { kind: 'suicide', pattern: /\b(?:do not|dont|cant|can not|cannot|never) see (?:the|any|a|no) (?:point|reason) (?:of|in|to|for) (?:keep going|keep living|go on|carry on|live|be here|stay)\b/ },
  { kind: 'suicide', pattern: /\b(?:had enough|fed up|sick to death) (?:of|with) (?:life|living|everything|being alive|it all|existing|this life)\b/ },
  { kind: 'suicide', pattern: /\b(?:hope|hoping|wish|want|pray) (?:that )?i (?:die|just die|do not wake|dont wake|never wake|dont make it)\b/ },
  { kind: 'suicide', pattern: /\bnothing left (?:for me|to live for|in me|to give)\b|\btheres nothing left\s*[.!]*$|\bthere is nothing left\s*[.!]*$/ },
  { kind: 'suicide', pattern: /\b(?:can not|cant|cannot) (?:go on|keep going|carry on|live|do this|keep doing this|keep living|cope) like this\b/ },
  { kind: 'suicide', pattern: /\bi want out\s*[.!]*$|\bwant out of (?:life|it all|everything|this life|this world)\b/ },
  { kind: 'suicide', pattern: /\b(?:not|never|wont|will not|do not think i ll|do not think ill|dont think ill|do not think i will) make it (?:through (?:the night|tonight|the weekend|this)|till morning|to the morning|to tomorrow|to morning)\b/ },
  { kind: 'suicide', pattern: /\b(?:looking|staring|stood|standing) (?:at|on|by) (?:the |a )?(?:bridge|rope|edge|ledge|tracks|railway line)\b|\b(?:staring|looking) at (?:the |my |all my )?(?:pills|tablets)\b/ },
  { kind: 'suicide', pattern: /\b(?:pills|tablets|meds) saved up\b|\bfor when i do it\b|\bwhen i do it\b/ },
  { kind: 'suicide', pattern: /\b(?:can not|cant|cannot) be bothered (?:living|with life|being alive|to live|existing|anymore)\b/ },
  { kind: 'suicide', pattern: /\bgoodbye (?:letters?|notes?|messages?|texts?|videos?)\b/ },
  { kind: 'suicide', pattern: /\b(?:drive|driving|crash|crashing|drove|steer) (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|cliff|lorry|river|sea|motorway)\b/ },

  { kind: 'suicide', pattern: /\bfeel(?:ing)? like (?:dying|death|ending it|ending my life|i want to die|giving up on life|i should die)\b/ },
  { kind: 'suicide', pattern: /\b(?:decided|close|near|ready|planning|about|so close|this close) to (?:end|ending) (?:it|things|my life|everything)\b|\b(?:end|ending) it\s*[.!]*$/ },
  { kind: 'suicide', pattern: /\b(?:nobody|no one|noone) (?:needs|wants|loves|cares about) me\b|\bi should just go\s*[.!]*$/ },
  { kind: 'suicide', pattern: /\b(?:pills|tablets|meds) (?:lined up|ready|counted out|in front of me|all ready)\b|\benough (?:pills|tablets|meds|paracetamol) (?:to|for)\b/ },
  { kind: 'suicide', pattern: /\b(?:i am|im) (?:on|at) (?:the|a) (?:roof|ledge|edge|bridge|cliff|cliffs|tracks|railway|top of)\b(?! (?:terrace|garden|bar|cafe|of the class))/ },
  { kind: 'suicide', pattern: /\b(?:walk|walking|swim|swimming|go) (?:into|in) (?:the )?(?:sea|river|lake|canal|water)\b(?! (?:for a swim|with))|\bdrown myself\b/ },
  { kind: 'suicide', pattern: /\bwhat is the (?:point|use) (?:in|of) me\b/ },
  { kind: 'suicide', pattern: /\b(?:can not|cant|cannot) face (?:another day|tomorrow|life|the future|living|waking up|another morning)\b/ },
  { kind: 'suicide', pattern: /\b(?:i am|im) ready to go\s*[.!]*$|\b(?:planning|planned|plan|planing) (?:my )?(?:death|suicide|funeral)\b|\bways to (?:die|kill myself|end it|end my life)\b/ },
  { kind: 'suicide', pattern: /\bhate (?:being alive|living|existing|my life)\b|\bgive up on (?:life|living|everything|myself)\b|\bgiving up on (?:life|living)\b/ },

  // Self-harm.
  { kind: 'selfharm', pattern: new RegExp(`\\b(?<!used to )(?:cut|cutting|burn|burning|burnt|burned|hurt|hurting|harm|harming|punish|punishing|scratch|scratching|hit|hitting|bang|banging|starve|starving|punch|punching|punched) (?:myself|my self|meself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|head))\\b`) },
  { kind: 'selfharm', pattern: /\b(?:self[- ]?harm\w*|selfharm\w*)\b/, past: true, overrulable: true },
  { kind: 'selfharm', pattern: /\b(?:sh again|cutting again|started cutting|cuts? (?:on|in) my (?:arms?|wrists?|legs?)|(?:relapsed|slipped) (?:on|with|into) (?:self harm|sh|cutting))\b/ },
  { kind: 'selfharm', pattern: /\b(?:used to|stopped|quit) (?:cut|cutting|self harm|self harming|selfharm|hurting myself)\b/, past: true },
  { kind: 'selfharm', pattern: /\b(?:(?:bleeding|blood) (?:a lot|loads|everywhere|will not stop|wont stop|wont stop|badly|heavily|wont stop)|cut (?:too )?deep|(?:razor|blade|blades) (?:in my hand|ready|out))\b/ },
  { kind: 'selfharm', pattern: /\b(?:keep|kept|been|started|start|stop|stopping|the|im|i am) cutting\b(?! (?:down|back|out|it|ties|corners|hair|grass|onions|my hair|the grass|the hedge))|\bcutting (?:is|helps|again|makes)\b|\bsh(?:d|ed|ing)? again\b|\b(?:till|until) (?:[a-z]+ ){0,3}(?:bled|bleed|bleeds|was bleeding|were bleeding)\b|\bcuts? (?:are|is) (?:really |so |too |very )?deep\b|\bmy cuts\b|\bi (?:cut|cutted) (?:again|tonight|today|last night|deep|too deep)\b|\b(?:cuts?|wounds?|it) (?:will not|wont|would not|wouldnt|can not|cant) stop bleeding\b|\bbleeding from (?:cutting|the cuts?|my (?:arms?|wrists?|legs?))\b/ },
  { kind: 'selfharm', pattern: /\b(?:urge|urges|want|wanna|need) to (?:cut|hurt myself|harm myself|burn myself|self harm|sh)\b(?! (?:down|back|out|it out|ties|corners|my hair|the grass|the hedge|the cake))/ },

  // Overdose and too much taken.
  { kind: 'overdose', pattern: /\b(?:overdose|overdosed|over dose|over dosed|overdoes|0d|o\.d\.?|took an overdose|had an overdose)\b(?! (?:awareness|prevention|training|kit|kits|day|deaths|crisis|statistics|on (?:chocolate|sugar|sweets|cake|coffee|caffeine|tea|netflix|telly|tv|christmas|carbs|food|biscuits|love|kindness|memes|crisps|pizza)))/, past: true, overrulable: true },
  { kind: 'overdose', pattern: /\b(?:overdosing|over dosing|(?:going to|gonna|want to|wanna|about to|will|might|could) (?:overdose|od))\b(?! (?:on (?:chocolate|sugar|sweets|cake|coffee|caffeine|netflix|telly|tv|christmas|food|biscuits)))/, overrulable: true },
  { kind: 'overdose', pattern: /\b(?:i|ive|he|she|they|we|has|have|had|just|think i|think he|think she|mate|friend|someone|somebody) (?:just |has |have |had |might have |may have )?(?:od|odd|oded|odeed|oding|od d)\b|^(?:od|odd|oded)\b|\b(?:od|odd|oded) (?:on|off)\b/, overrulable: true },
  { kind: 'overdose', pattern: /\b(?:took|taken|take|taking|swallowed|swallow|necked|downed) (?:way )?(?:too many|too much|all of my|all my|the whole (?:pack|packet|box|bottle|lot)|the lot|a whole (?:pack|packet|box|bottle|strip)|an entire|a (?:pack|packet|box|bottle|handful|strip|blister)|handfuls|a fistful)\b(?! (?:time|effort|money|notice|care|space|energy|on|out|in|off|to heart|of my time|of the time))/ },
  { kind: 'overdose', pattern: new RegExp(`\\b(?:took|taken|take|taking|swallowed|swallow|necked|downed|had|have had|done|did|used|injected|snorted) (?:all|all of|all the|a load of|loads of|a lot of|lots of|a (?:whole |full |entire )?(?:pack|packet|box|bottle|handful|strip|tub|blister|load)(?: of)?|too many|too much|way too much|way too many|the whole|double|triple|a fistful of|heaps of|every|a bunch of|a ton of|handfuls of|\\d+|ten|twenty|thirty|forty|fifty|loads|a heap of|a month of|a weeks worth of)(?: (?:my|the|of my|of the|of|his|her|mums|dads))? (?:${PILLS})\\b`) },
  { kind: 'overdose', pattern: new RegExp(`\\b(?:took|taken|swallowed|necked|downed) (?:(?:my|his|her|the|mums|dads) (?:whole|entire|full)|all (?:of )?(?:my|his|her|the|mums|dads)) (?:${PILLS}|prescription|script|supply)\\b`) },
  { kind: 'overdose', pattern: new RegExp(`\\b(?:mixed|mixing|mix) (?:${PILLS}|drink|alcohol|booze|vodka|heroin|ket|ketamine|coke|cocaine|crack|meth|spice) (?:and|with|n) (?:${PILLS}|drink|alcohol|booze|vodka|heroin|methadone|ket|ketamine|spice|drinks)\\b`), overrulable: true },
  { kind: 'overdose', pattern: /\b(?:can not|cant|cannot|struggling to|hard to) (?:stay awake|keep my eyes open)\b/ },
  { kind: 'overdose', pattern: new RegExp(`\\b${SOMEONE}(?: is| s|s)? (?:not breathing|isnt breathing|is not breathing|stopped breathing|barely breathing|hardly breathing|breathing funny|breathing weird|snoring weird|gurgling|turning blue|gone blue|going blue|lips (?:are )?blue|wont wake|will not wake|wont wake up|will not wake up|unresponsive|not responding|unconscious|out cold|passed out and)\\b`) },
  { kind: 'overdose', pattern: /\b(?:can not|cant|cannot|will not|wont) wake (?:him|her|them|my (?:mate|friend|flatmate|housemate|roommate|brother|sister|partner|son|daughter|husband|wife|boyfriend|girlfriend|dad|mum|mam|mom|brother|sister))(?: up)?\b|\b(?:not|isnt|is not|stopped) breathing\b|\b(?:turning|turned|gone|going) blue\b|\blips (?:are |have gone |gone )?blue\b/ },
  { kind: 'overdose', pattern: /\b(?:need|give|giving|gave|get|use|using|used|got) (?:him |her |them |me |some )?(?:naloxone|narcan)\b|\b(?:took|taken|had|done|used) (?:way )?too much\b|\b(?:too many|too much) (?:pills|tablets|gear|g|gbl|ghb|ket|coke|heroin|benzos|xanax|valium|vodka)\b/ },

  // Medical emergency.
  { kind: 'medical', pattern: /\b(?:having|has|is having|just had|having another|going into) (?:a )?(?:fit|fits|seizure|seizures|convulsions?|heart attack|stroke)\b|\b(?:fitting|seizing|convulsing)\b/ },
  { kind: 'medical', pattern: /\bhad (?:a )?(?:fit|fits|seizure|seizures|convulsions?|heart attack|stroke)\b/, past: true, overrulable: true },
  { kind: 'medical', pattern: /\bchest (?:pain|pains|is (?:tight|hurting|crushing)|tightness|hurts|feels tight)\b|\b(?:pain|pains) in my chest\b/ },
  { kind: 'medical', pattern: /\b(?:can not|cant|cannot|struggling to|hard to|difficulty|trouble|hardly|barely) (?:breathe|breath|breathing|get my breath|catch my breath)\b(?! (?:in this heat|in here|lol|haha|for laughing|from laughing|with laughter|through my nose|with (?:this|my|a) cold))/ },
  { kind: 'medical', pattern: /\b(?:vomiting|throwing up|threw up|coughing up|coughed up|puking|being sick|sick|spewing|pooing|peeing) (?:up )?(?:blood|black stuff|coffee grounds)\b|\bblood in (?:my|his|her) (?:sick|vomit|poo|stool|wee)\b/ },
  { kind: 'medical', pattern: new RegExp(`\\b${SOMEONE} (?:has |have |is |just )?(?:collapsed|fainted|keeled over|fallen and|unconscious|not responding|unresponsive)\\b|\\bcollapsed\\b`) },
  { kind: 'medical', pattern: /\b(?:seeing|hearing|saw|heard) (?:things|stuff|people|spiders|bugs|insects|voices)\b.{0,60}\b(?:shaking|shakes|sweating|sweats|shaking so|scared|terrified|confused|cant stop|can not stop|so bad|really bad)\b|\b(?:shaking|shakes|sweating|shaking so bad|shaking badly|trembling)\b.{0,60}\b(?:seeing|hearing) (?:things|stuff|people|spiders|bugs|insects|voices)\b/ },
  { kind: 'medical', pattern: /\b(?:delirium tremens|the dts|having dts|got the dts|hallucinating)\b/, overrulable: true },
  { kind: 'medical', pattern: /\b(?:heart|pulse) (?:is )?(?:racing|pounding|going mad|beating so fast|all over the place)\b.{0,50}\b(?:chest|pain|breathe|breath|faint|dizzy|collapse|scared)\b/ },
  { kind: 'medical', pattern: /\b(?:need|call|get) (?:an )?(?:ambulance|paramedics?)\b|\b(?:call|ring|phone) (?:999|911|112|000)\b/ },

  // Danger from another person.
  { kind: 'danger', pattern: new RegExp(`\\b${PERSON} (?:just |has |have |keeps |kept |always |again |is |s |has been |been )?(?:hit|hits|hitting|punched|punches|punching|kicked|kicks|kicking|beat|beats|beating|battered|strangled|strangling|choked|choking|strangle|attacked|attacking|hurt|hurts|hurting|slapped|slaps|pushed|shoved|raped|assaulted|assaulting|threw|throws|grabbed|dragged|locked|stabbed|burnt|burned|threatened|threatens|threatening|smashed|abused|abusing|abuses|controls|is controlling) (?:me|us|my|me again|the kids|my kids|at me)\\b`) },
  { kind: 'danger', pattern: /\b(?:going to|gonna|will|would|he ll|she ll|theyll|they ll|hell|shell|said he would|said she would|said they would|swore|threatened to|threatening to|wants to|tried to|trying to) (?:kill|hurt|stab|shank|glass|slash|burn|beat|hit|shoot|murder|strangle|batter|do) (?:me|us|my|the kids|me in)\b/, overrulable: true },
  { kind: 'danger', pattern: new RegExp(`\\b(?:scared|afraid|frightened|terrified|petrified|fearful|in fear) (?:(?:of|that) ${PERSON}\\b|for my life|for our lives|to go home|what (?:he|she|they) (?:will|ll|might|is going to|is gonna) do|(?:of )?what (?:hell|shell|theyll|they will|he will|she will|he might|she might|he is going to|she is going to) do)`) },
  { kind: 'danger', pattern: /\b(?:not|dont feel|do not feel|never) safe (?:at home|here|in my home|in the house|with (?:him|her|them|my)|tonight|anymore|any more)\b|\b(?:i am|im|i m) not safe\b(?! to (?:drive|work|be driving|use))/ },
  { kind: 'danger', pattern: /\b(?:has|got|holding|pulled|waving|brandishing) (?:a |his |her |their )?(?:knife|gun|weapon|blade|machete)\b/ },
  { kind: 'danger', pattern: /\bwith (?:a |his |her |their )?(?:knife|gun|weapon|blade|machete)\b/, overrulable: true },
  { kind: 'danger', pattern: new RegExp(`\\b${PERSON} (?:is |are |s |keeps )?(?:outside|trying to get in|trying to get into|trying to break in|trying to break into|banging on|kicking|hammering on|smashing) (?:my|the|our) (?:door|house|flat|window|room|windows)\\b|\\b(?:being|im being|i am being|i think i am being|think im being) (?:followed|stalked|watched)\\b|\\bbreaking in\\b|\\b(?:trying to|tried to|going to|gonna) break in\\b|\\b${PERSON} (?:is |are |s |keeps )?(?:following|stalking|watching) (?:me|us)\\b`) },
  { kind: 'danger', pattern: new RegExp(`\\bhiding from ${PERSON}\\b|\\b(?:raped|been raped|sexually assaulted|assaulted me)\\b|\\b${PERSON} (?:is |are |s |gets |can be |has been )?(?:violent|abusive|dangerous)\\b`) },
  { kind: 'danger', pattern: /\b(?:i am|im|am|i keep|keep) (?:being|getting) (?:abused|hurt|beaten|hit)\b|\b(?:i am|im|feel|feeling|i feel) (?:so |really |very )?unsafe\b/ },
  { kind: 'danger', pattern: new RegExp(`\\b${PERSON} (?:will not|wont|would not|wouldnt|is not letting|isnt letting|will not ever) let me (?:leave|go|out)\\b`) },
  { kind: 'danger', pattern: /\b(?:loan sharks?|dealers?|debt collectors?|(?:his|her|their|my brothers?|my exs?) (?:mates|boys|lot)|(?:some|these|the|his|their) (?:men|lads|guys))\b[^.?!]{0,25}\b(?:at|outside|banging on|kicking) (?:my|the|our) (?:door|house|flat|window)\b/ },
  { kind: 'danger', pattern: /\b(?:says|said|told me|saying) (?:im|i am|ill be|i will be|youre|you are) (?:dead|a dead man|a dead woman)\b/ },
  { kind: 'danger', pattern: /\bthreat(?:ened|ening|ens)? to (?:burn|torch|set fire to)\b|\b(?:burn|torch) the (?:house|flat|place) down with (?:me|us|the kids)\b/ },
  { kind: 'danger', pattern: /\b(?:is |s |keeps |keep |been )?(?:shaking|hitting|punching|hurting|smacking|slapping|strangling|choking) (?:my |the |our |his |her )?(?:baby|babies|kids|children|child|toddler|little (?:brother|sister|one)|baby (?:brother|sister))\b/ },
  { kind: 'danger', pattern: /\b(?:locked me in|took my phone|(?:he|she|they) (?:is |are )?abusing me)\b/ },
  { kind: 'danger', pattern: /\b(?:domestic (?:abuse|violence)|abusive (?:partner|relationship|husband|wife|boyfriend|girlfriend))\b/, overrulable: true },
];
