// Chapter Four: engineering (eng_ names). Player: Picard; one short scene is Data's.
// stories/first-contact/README.md describes the chapter, its state and its endings.

// Entry state: Chapter Four can begin from more than one night.
=== entry_engineering ===
Chapter Four can begin from more than one night aboard. Which one?
* [The good night: the voice kept out; Lily trusts him; Data promised; Hawk saved]
    ~ pro_listened = 0
    ~ pro_away = true
    ~ pro_warned = true
    ~ lily_trust = 2
    ~ lily_armed = false
    ~ sickbay_out = (ogawa, tolland, patients)
    ~ emh_log = (adaptation, transit)
    ~ crusher_hurt = false
    ~ crusher_hid = 0
    ~ data_lost = went_back
    ~ data_word = true
    ~ data_settle()
    ~ assault_order = bring_back
    ~ lily_trust_picard = 3
    ~ obsession = 1
    ~ carry_settle()
    ~ plan_known = 3
    ~ holo_route = hid
    ~ eva_hawk = hawk_alive
    ~ eva_way = way_locks
    ~ eva_worf_hurt = false
    ~ eva_hands = 0
    ~ cochrane_told = 2
    ~ cochrane_back = 3
    ~ phoenix_fix = 1
* [Strained: the voice heard once; Lily wary of him; Data left at the hatch without a word; Hawk taken]
    ~ pro_listened = 1
    ~ pro_away = false
    ~ pro_warned = false
    ~ lily_trust = 0
    ~ lily_armed = true
    ~ sickbay_out = (ogawa, tolland)
    ~ emh_log = (transit)
    ~ crusher_hurt = true
    ~ crusher_hid = 2
    ~ data_lost = rearguard
    ~ data_word = false
    ~ data_settle()
    ~ assault_order = ()
    ~ lily_trust_picard = 1
    ~ obsession = 4
    ~ carry_settle()
    ~ plan_known = 2
    ~ holo_route = fiction
    ~ eva_hawk = hawk_taken
    ~ eva_way = way_whole
    ~ eva_worf_hurt = true
    ~ eva_hands = 1
    ~ cochrane_told = 2
    ~ cochrane_back = 2
    ~ phoenix_fix = 2
* [Far gone, and still held: the voice let in; the hunt in his blood; Lily keeps talking to him; Data promised]
    ~ pro_listened = 2
    ~ pro_away = true
    ~ pro_warned = true
    ~ lily_trust = 1
    ~ lily_armed = false
    ~ sickbay_out = (ogawa, patients)
    ~ emh_log = (adaptation)
    ~ crusher_hurt = true
    ~ crusher_hid = 1
    ~ data_lost = reached
    ~ data_word = true
    ~ data_settle()
    ~ assault_order = bring_back
    ~ lily_trust_picard = 2
    ~ obsession = 5
    ~ carry_settle()
    ~ plan_known = 2
    ~ holo_route = fought
    ~ eva_hawk = hawk_alive
    ~ eva_way = way_burned
    ~ eva_worf_hurt = false
    ~ eva_hands = 1
    ~ cochrane_told = 0
    ~ cochrane_back = 1
    ~ phoenix_fix = 1
* [The voice all the way in: the obsession at its height; Lily will not speak to him; Data left without a word; Hawk dead by his hands]
    ~ pro_listened = 2
    ~ pro_away = false
    ~ pro_warned = false
    ~ lily_trust = -1
    ~ lily_armed = true
    ~ sickbay_out = (ogawa)
    ~ emh_log = ()
    ~ crusher_hurt = false
    ~ crusher_hid = 0
    ~ data_lost = reached
    ~ data_word = false
    ~ data_settle()
    ~ assault_order = fire_first
    ~ lily_trust_picard = 0
    ~ obsession = 6
    ~ carry_settle()
    ~ plan_known = 3
    ~ holo_route = fought
    ~ eva_hawk = hawk_lost
    ~ eva_way = way_voice
    ~ eva_worf_hurt = true
    ~ eva_hands = 2
    ~ cochrane_told = 2
    ~ cochrane_back = 3
    ~ phoenix_fix = 2
// What the interlude settles as it ends, from the two values above.
- ~ cochrane_chose = cochrane_told == 2 && cochrane_back == 3
-> engineering

// ---------------------------------------------------------------------------
// Functions for this chapter.

// A cold choice: the obsession in this chapter, banded 0..3.
=== function eng_harden(n) ===
~ eng_dark = clamp(eng_dark + n, 0, 3)

// Data's hold against the Queen, 0..2.
=== function eng_steady(n) ===
~ eng_hold = clamp(eng_hold + n, 0, 2)

// After Data's own scene his hold only rises, so 1 and 2 act alike from there on
// (eng_data_scene clamps it to 0..1); the text tells them apart by data_word.

// ---------------------------------------------------------------------------
=== engineering ===
~ chapter = 4
// Chapter Four's working copies of what it inherits, set once as it opens.
~ eng_voice = carried_voice
~ eng_dark = carried_dark
~ eng_reach = 0
{
- lily_trust_picard >= 3: ~ eng_reach = 2
- lily_trust_picard >= 1: ~ eng_reach = 1
}
~ eng_hold = 0
~ eng_steady(data_hold)
~ eng_worf = eva_worf_hurt
~ eng_cb = cochrane_back
~ eng_hid = carried_hid
~ eng_evac = false
~ eng_sd = false
~ eng_for_queen = false
~ eng_time = 2
~ eng_offer = false
~ eng_outcome = ()
~ eng_scuttled = false
~ eng_data_lives = false
~ eng_queen_dead = false
~ eng_lily_where = ()
~ eng_lily_word = 0
~ eng_heard = false
~ eng_first = false
~ eng_cost = 0
-> dawn

= dawn
Morning comes up gold over Montana. # chapter: Chapter Four — Engineering # scene: USS Enterprise, the bridge
{
- eng_dark >= 3: You watch it without wanting it. Under the hum the other sound has been talking all night, many-voiced, and you have not slept, and have not missed sleep once.
- eng_dark >= 2: It does nothing for you. You have not slept or wanted to; every report from below goes into you like food, and the sound under the hum is good company.
- eng_dark >= 1: You sat up through the small hours while your ship changed under you, unsure whether you kept watch or kept company.
- else: For a minute it makes your ship beautiful. At four you slept eleven minutes in your chair, and woke ashamed of them.
}
{
- eva_hawk ? hawk_alive: Hawk has the conn, unslept, flying a ship going nowhere with great care, like a man carrying a hot cup.
- eva_hawk ? hawk_taken: The conn is empty. Nobody has sat in Hawk's chair since the hull, and nobody has been told not to.
- else: Ensign Tarrant flies her from the auxiliary board beside the empty conn. Hawk is not coming back from the dish, and Tarrant does not look at the chair.
}
{
- eva_worf_hurt: Worf is at tactical, his lung patched at two, every breath with a catch he will not acknowledge.
- else: Worf is at tactical, as he has been all night.
}
{
- eng_reach == 2: Lily is asleep by the engineering station, your jacket under her head. She woke once to ask if the rocket had gone.
- eng_reach == 1: Lily is with the wounded on Deck Eight this morning. She asked after the launch twice in the small hours; not after you.
- else: Lily is below with the wounded. She has not come up since the dish, and you have not sent for her.
}
* [Ask Worf where they are]
    "Mr. Worf. Where are they?"
* [Look at the Earth first]
    You look at the Earth first, the gold coming over it and a rocket somewhere in the brown: the last thing this morning that will cost you nothing.
    "Mr. Worf," you say, without turning round. "Where are they?"
* [Ask how long until the launch]
    "How long until Cochrane flies?"
    "Two hours and twenty minutes, sir." {eva_hawk ? hawk_alive:Hawk answers at once, as if he has counted under his breath all night.|{eva_hawk ? hawk_taken:Tarrant answers from the auxiliary board, and glances at Hawk's empty chair as if he had taken something from it.|Tarrant answers from the auxiliary board, and does not look at the chair.}}
    You turn to tactical. "Where are they, Mr. Worf?"
- -> report

= report
"Eleven and Twelve in the night. Ten at six-fifteen, Nine at seven-forty," Worf says. {eva_worf_hurt:The catch in his breath comes mid-sentence, and he waits it out.} # speaker: Worf
"And our people?"
{assault_order ? fire_first:"Eleven dead since midnight. They fire first, as you ordered on Deck Sixteen. Some could not, at a face they knew."|{assault_order ? bring_back:"Eleven dead since midnight. Keller's team stopped on Nine to carry a taken man back, as you ordered. They are with him now."|"Eleven dead since midnight. They fall back before they are touched, or they do not. You gave no order about the taken."}} # speaker: Worf
{
- eva_way ? way_burned: The cutaway is green from Nine to the keel, and black forward from Twenty to Twenty-Six, where your shot burned. Eight decks are yours.
- eva_way ? way_voice: The cutaway is green from Nine to the keel, the drones moving in the cadence you gave them on the dish. Eight decks are yours.
- plan_known >= 3: Green from Nine to the keel. The beacon gone, they are making this ship into what the beacon was. Eight decks are yours.
- else: Green from Nine to the keel, eight decks yours. They are not hurrying, and you do not know why.
}
{eng_hid:Beverly comes up in the lift, her left sleeve pulled down to the knuckle as it has been all night.|{crusher_hurt:Beverly comes up in the lift, the dressing on her forearm grey again at the edges.|Beverly comes up in the lift with someone else's blood on both cuffs.}}
{eng_hid:"Forty-one on Deck Eight, twelve on litters." She keeps her left hand in her pocket. "If Eight goes like Nine, I can't move them. Are we staying there, Jean-Luc?"|"Forty-one on Deck Eight, twelve on litters. If Eight goes like Nine, I can't move them in time. Are we staying there, Jean-Luc?"} # speaker: Crusher
{sickbay_out ? patients && not sickbay_run:Park and Adebayo are among them, and Halloran{sickbay_hold.strip:, his hands in fresh gauze where Beverly cut the gel away so he could climb the tube| with his hands in gel}.{sickbay_hold.carry_voss: Mira Voss lies at the end of the row, still on the board she came up the tube on{sickbay_hold.haul_all:; she cannot feel her feet yet, and has stopped asking when she will|, and Beverly looks at her every time she passes}.}|{sickbay_out ? patients:Halloran is among them, his hands in gel, with the four who walked out of sickbay behind him.|{sickbay_out ? tolland:Tolland is with them, labelling litters in marker pen; the padds keep failing.|Ogawa is with them, alone.}}}
* (move) [Move the wounded up to Deck Four now]
    "Move them now. Deck Four, the forward lounges. Mr. Worf, give her the people to carry them."
    {eng_dark >= 2:Worf's jaw works. "That takes the last team off the Deck Eight junction." You tell him it does. Beverly goes, and you feel the junction go like a tooth pulled, and resent it.|Worf's jaw works. "That takes the last team off the Eight junction, sir." You tell him it does, and Beverly goes, and for once this morning you are certain.}
* (hold_line) [Hold Deck Eight. Every team to the junction.]
    ~ eng_harden(1)
    ~ eng_cost = 1
    "We hold Deck Eight. Every team to the junction. Give them Eight and we give them the wounded, and then the bridge."
    {eng_worf:Beverly says your name, and you let it go past. Worf gives the order with a catch in his breath. The junction holds; four of his people do not come back from it, and Beverly moves her wounded up under fire anyway.|Beverly says your name, and you let it go past. The junction holds, because four of Worf's people do not come back from it, and Beverly moves her wounded up to Four anyway, under fire. It was your choice.}
* (ask_bev) [Ask her what she needs]
    "What do you need, Beverly?"
    It takes her argument away from her. "Deck Four, the forward lounges. Six to carry, and half an hour." # speaker: Crusher
    {eng_hid:"You have them." She nods once, and her hand goes to her left cuff as if to check it is still there, and she goes.|"You have them." Worf is already giving the order. Beverly nods the way she nods at numbers better than she feared, and goes.}
- {eng_hid:As she turns, her sleeve catches on the kit's strap, and before she tugs it down you see grey lines under the skin of her wrist, fine as hair. She does not know you saw.}
-> eng_bridge

// ---------------------------------------------------------------------------
=== eng_bridge ===
-> fall

= fall
At a quarter past ten Deck Seven forward goes dark. Beverly, back from Four, stays to see what you do. # scene: USS Enterprise, the bridge
{
- eva_hawk ? hawk_alive: "Drones at the torpedo magazine. Six is not answering." Hawk turns in the conn chair. {pro_listened >= 1 || eva_way ? way_voice:"Sir, on the dish you could hear them. They don't need the bridge." He stops. "Sorry, sir."|"Sir, on the dish they only came for us when we got between them and the work. They don't need the bridge."}
- eva_hawk ? hawk_taken: "Drones at the torpedo magazine. Six is not answering." Worf's eyes go to the empty conn. Somewhere down there is a helmsman who knows every route to this room.
- else: "Drones at the torpedo magazine. Six is not answering." Tarrant keeps his eyes on his board. Since the dish nobody here looks at you longer than they must.
}
"The rifles?"
"Useless since Nine. The last team used their hands." # speaker: Worf
{
- emh_log ? adaptation && eng_dark >= 2: The count the sickbay hologram logged, two shots and then a new frequency, bought Ten and Nine before they learned the changes too. The green takes Seven and Six like water through a floor, and part of you admires it. Five decks; forty-five minutes.
- emh_log ? adaptation: The count the sickbay hologram logged, two shots and then a new frequency, bought you Ten and most of Nine before the drones learned the changes too. Five decks to this room; forty-five minutes until Cochrane flies.
- eng_dark >= 2: The count the rifles learned on Deck Sixteen, two shots and the third wasted, bought Ten and Nine. The green takes Seven and Six like water through a floor, and you find it beautiful. Five decks; forty-five minutes.
- else: The count the rifles learned on Deck Sixteen, two shots and the third wasted, bought Ten and Nine. You make yourself watch the green rise. Five decks; forty-five minutes.
}
{
- eng_worf: Worf straightens at tactical, the catch in his breath coming and going. You knew he would say it.
- assault_order ? fire_first: Worf straightens at tactical. He has fired on his own people at your word since Sixteen. You knew he would say it.
- else: Worf straightens at tactical. You have known since Nine that somebody would say it.
}
{eva_way ? way_burned:"Captain. We burned seven decks of our own to stop the beacon. We cannot hold the rest. I recommend the self-destruct, with the crew in the pods."|{eng_worf:"Captain." A breath. "We cannot hold her. I recommend the self-destruct: the crew to the pods, the ship destroyed before she is theirs."|"Captain. We cannot hold her. I recommend the self-destruct: the crew to the pods, the ship destroyed before she is theirs."}} # speaker: Worf
* [Hear him out]
    "Go on, Mr. Worf."
    "Her engines, her computer, her weapons. Nothing in 2063 could stop her. If we cannot take her back, we must not give her to them." # speaker: Worf
    {eng_dark >= 2:It is a good argument, and you hate him a little for it.|It is the argument you would make, if it were anyone's ship but yours.}
* [Tell him you will not discuss it]
    ~ eng_harden(1)
    "We are not going to discuss it, Commander."
    "Sir, with respect, we must." He does not raise his voice; he never does when it matters. "They are on Deck Six." # speaker: Worf
* (ask_crusher) [Ask Beverly what she thinks]
    You look at Beverly, sleeves rolled to the elbow{eng_hid: on one side only}. She has heard every word.
    {sickbay_out ? patients && not sickbay_run:"I think he's right. Ask Park and Adebayo on their litters. I think you know he's right."|{sickbay_out ? patients:"I think he's right. Ask Halloran what it was like to walk out of sickbay and leave three behind. I think you know he's right."|"I think he's right," she says. "I think you know he's right."}} # speaker: Crusher
- -> vote

= vote
{eng_hid:Beverly crosses to stand beside Worf, her left hand out of sight, and the room changes shape.|Beverly comes to stand beside Worf: two steps across a carpet, and the room changes shape.}
{eng_bridge.fall.ask_crusher:"I've carried people up this ship all night, Jean-Luc. There's nowhere left to carry them."|"I agree with him. I've carried people up this ship all night, Jean-Luc. There's nowhere left to carry them."} # speaker: Crusher
{
- eng_hid: Her hand goes to the rail, the sleeve rides back, and this time she leaves it: grey lines to the heel of her hand. She has stopped hiding it, or forgotten to.
- crusher_hurt: Her hand is on the rail, with the dressing on her forearm, grey at its edges, in plain sight of everyone.
}
{eva_hawk ? hawk_alive:Hawk has turned back to the conn. His shoulders say what he thinks.}
{sickbay_out ? tolland:On the comm from Deck Four, Tolland reads out names, steadily, litter by litter.}
* (sleeve) {eng_hid} [Take Beverly's wrist and turn it to the light]
    You take her wrist, not gently, and turn it to the viewer's light. Grey lines run from the heel of her hand up under the cuff, fine as hair. Worf sees them. {eva_hawk ? hawk_alive:Hawk|Tarrant} sees them.
    "Since sickbay." She does not take her hand back. "A drone's tubules, on the way out. I dosed myself; it's slowed, not stopped. If they keep this ship, Jean-Luc, they keep me. I'd rather go up with her." # speaker: Crusher
    // Lily tells Picard at Chapter Two's end (holo_close.walk) or before the
    // dish (eva_lily_scene.here); an entry preset that skipped both has not.
    {crusher_hid == 2:{holo_close.walk or eva_lily_scene.here:"Lily saw," she adds. "On the ladder. She never told anyone but you, did she?"|"Lily saw," she adds. "On the ladder, coming out of sickbay. She's never said a word about it to me. She keeps a secret better than I do."}}
    You let go of her wrist. You had not known you could feel this afraid for anyone today.
* (hear_her) [Let her finish]
    {sickbay_out ? tolland:You let her finish. She tells you, with Tolland's list in her head, what forty-one wounded, twelve of them on litters, cannot have, in verbs|You let her finish. She tells you what forty-one wounded, twelve of them on litters, need and cannot have, in verbs}{eng_hid:; once, reaching for the rail, she winces, and turns it into a frown|}.
    {eng_hid:You have seen what is under her sleeve, and say nothing. It was the last chance to, and you let it go: you could not afford one more thing to fear.}
- -> answer

= answer
Everyone is looking at you.
{
- eng_voice: And under the ship's hum, someone else is looking at you too, with all the patience in the world.
- pro_listened == 1: At the back of your skull the murmur has gone quiet, like a room when somebody important comes in.
}
* (insult) [Tell Worf he is afraid]
    ~ eng_harden(1)
    You hear yourself say it. "You want to run, Mr. Worf. Burn the house down behind you and call it a victory. I had not thought it of you."
    Worf closes the distance in two steps, and stops.
    {
    - assault_order ? fire_first: "You told us to fire on our own without waiting," he says, very low. "On Deck Sixteen, I did." His breath catches. "I have run from nothing. Say it again and I will not answer you as your officer." # speaker: Worf
    - eng_worf: "I have a lung full of my own frozen blood from your dish," he says, very low, the catch in the middle of it. "I did not get it running. Say it again and I will not answer you as your officer." # speaker: Worf
    - else: "I have never turned my back on a fight," he says, very low. "Say that again, and I will not answer you as your officer." # speaker: Worf
    }
    * * (off) [Order him off the bridge]
        ~ eng_harden(1)
        "You are relieved, Mr. Worf. Go below."
        {eng_worf:He goes, not hurrying, his breath catching at the lift. The bridge is smaller without him in it.|He goes. He does not hurry. The lift doors close on him, and the bridge is smaller without him in it.}
    * * [Say nothing. Let him go back to his post.]
        {assault_order ? fire_first:You say nothing. He goes back to tactical: the man who fired first on Sixteen because you said to. The bridge is colder.|You say nothing. He goes back to tactical and puts his hand flat on his board, and the bridge is much colder than it was.}
* (refuse) [Refuse. Not while there is a deck left.]
    {eng_dark >= 2:"No. Not while one deck of her is ours. They pay for every corridor, and we take engineering back." You hear how good it sounds, and how much you mean it.|"No. Not while one deck is ours. We make them pay for every corridor, and we find a way to take engineering back." You mean it. You think you mean it.}
    Worf holds your eyes. "Aye, sir," and nothing else, which is worse than anything he could have said.
* (consider) [Tell them you will think about it, and leave the bridge]
    {eng_voice:"I have heard you both. I will think about it." It is not an answer, and under the hum someone is glad.|"I have heard you both," you say. "I will think about it." It is not an answer and they know it.}
    "Sir," Worf says, "there is not time to think." # speaker: Worf
    "Then I will think quickly."
- {eng_bridge.answer.refuse:Beverly says your name as you go. You do not stop.|{eng_bridge.answer.insult:Nobody says anything as you go.|Nobody stops you.}} # pause
{eng_bridge.answer.off:Beverly has the conn|Worf has the bridge}. You go into the observation lounge and close the doors on everyone's eyes. # scene: Observation lounge
-> eng_data_scene

// ---------------------------------------------------------------------------
// The one scene in the chapter that is not Picard's: Data, in engineering,
// while the captain is in the observation lounge.
=== eng_data_scene ===
Fifteen decks below, Data has been counting. # scene: Main engineering — Data
Thirty-one thousand, four hundred and six seconds since Deck Sixteen. Seven. They cannot stop you counting. # pause
{
- data_lost ? went_back: You broke an order for Crewman Lindqvist, nineteen and shouting, and she lives. They have grown skin on your left forearm; you feel the air move. The having-done-it you hold like a tool.
- data_lost ? reached: You pulled the captain out of their hands at the valves, and they took you instead, and grew skin on your forearm. Would he have done the same for you? You cannot decide.
- else: The captain ordered you to hold the hatch; you held it, and they grew skin on your forearm for it. The order was correct.{data_word: And he said something else as well, and you have kept it.| You wish he had said something else as well.}
}
* [Hold on to the last thing the captain said to you]
    {data_word:He said he would come back for you; you said you would keep the codes until then. You have. It is a small thing to hold, and it has not worn out.|There is nothing there. He did not call to you; the last you saw was his back, getting his people up the ladder. You hold that instead. It is cold, and it is his.}
* [Keep counting]
    {data_lost ? went_back:Nine. Ten. Eleven. Lindqvist counted aloud on the ladder, too. It does not help.|Nine. Ten. Eleven. It does not help. It is only meant to be yours.}
- She is here, soundless until she chooses. # speaker: The Borg Queen
{data_lost ? went_back:"Still counting," the Queen says. "And for a girl you'd met twice." She breathes across your arm.|{data_lost ? reached:"Still counting," the Queen says. "He isn't. He's forgotten you." She breathes across your arm.|"Still counting," the Queen says. "A good soldier at his door." She breathes across your arm.}} # speaker: The Borg Queen
{data_word:Every hair on it rises. Eleven channels record it; none of them is the captain's voice.|Every hair on it rises. Eleven channels record it; you have no word for any of them.} # pause
* (yield) [Let yourself feel it]
    ~ eng_steady(-1)
    {data_word:You let it happen, all the way up your arm, and for the length of it you forget the codes and the promise both. You are shaking, point-oh-three millimetres at the fingertips.|You let it happen, the way it happens to them, all the way up your arm into somewhere you did not know you had. You are shaking at the fingertips.}
    {data_word:"There," she says. "Now you know what a promise weighs against that."|"There," she says. "Now you know what you are for."} # speaker: The Borg Queen
* (record) [Record it, and feel only what you have decided to feel]
    {data_lost ? went_back:You record it, eleven channels to the nanosecond, and file it beside Lindqvist's shouting. You let it be data. It is the hardest thing you have done since they took you.|You record it: eleven channels, time-stamped, filed where you file everything. You let it be data. It is the hardest thing you have done since they took you, and it looks like nothing.}
    {data_lost ? reached:"Stubborn," she says, without displeasure. "He was stubborn at the valves. You learned it from him."|"Stubborn," she says, without displeasure. "He is stubborn too. You learned it from him."} # speaker: The Borg Queen
* (codes) [Ask her why she wants the codes]
    "You have most of the ship without my consent. Why do you want the codes from me?"
    "I don't want them from you. I want you to want to give them. You're the only one aboard who'd understand the difference." One finger on your arm. "You have a little time. He has less." # speaker: The Borg Queen
- ~ eng_hold = clamp(eng_hold, 0, 1)
{data_word:Fifteen decks up is the captain, who said he would come. You find that you are trying to see him.|{data_lost ? reached:Fifteen decks up is the captain you pulled out of their hands. You find that you are trying to see him.|Fifteen decks up is the captain. You find that you are trying to see him.}} # pause
-> eng_lounge

// ---------------------------------------------------------------------------
=== eng_lounge ===
The observation lounge is the quietest room on the ship. # scene: Observation lounge
{
- eng_voice && eng_dark >= 3: You count the ships behind the glass that carried this name, as a man counts a list he means to end. "So much more than little ships," she says in your head. "You knew it over Earth."
- eng_voice: You count the ships behind the glass that carried this name. "You could have so much more than little ships," she says in your head. Six years, and you knew her at the first word.
- pro_listened == 1: Earth fills the windows. You count the ships behind the glass that carried this name. The murmur waits at the back of your skull, like an audience.
- eng_dark >= 2: Earth fills the windows. You count the little ships behind the glass, deciding whether to add to the list or end it. {eva_way ? way_voice:You let the voice back in on the dish; since then it has kept its distance, and you find you miss it.|{deflector.learn.listen:You asked the voice the way onto the dish, and it answered at once; since then it has kept its distance, and you find you miss it.|{pro_vortex.push:You forced the voice out over Earth, on one knee; no voice helps you now.|You kept the voice out over Earth; no voice helps you now.}}}
- else: Earth fills the windows. You count the ships behind the glass, to give your eyes something. {eva_way ? way_voice:You let the voice back in on the dish, and it has been quiet since, which is not the same as gone.|{deflector.learn.listen:You asked the voice the way onto the dish, once, and it answered at once; it has been quiet since, which is not the same as gone.|{pro_vortex.push:You forced the voice out over Earth, on one knee, and have kept it out all night, and are not sure that is better.|You kept the voice out over Earth and all night, and are not sure that is better.}}}
}
* [Look at the models]
    Every ship they stand for ended, one way or another. None of them ended by being handed over.
* [Look at the Earth]
    {eng_cb == 2:You look at the Earth. In the pines a man with a headache is being helped into a flight suit, cursing Will Riker. If you do this right, he never learns your name.|{eng_cb == 3:You look at the Earth. In the pines a man who walked out of the woods at dawn is pulling on a flight suit. If you do this right, he never learns your name.|You look at the Earth. Somewhere in the pines a man who does not want to be a statue is being helped into a flight suit. If you do this right, he never learns your name.}}
* [Sit down at the table]
    {eng_dark >= 2:You sit at the head of the long table, where the captain sits, and put your hands flat on the wood.|You sit at the end of the long table and put your hands flat on the wood.}
- {eng_reach == 0:
    -> no_one
}
-> she

= no_one
Nobody comes. # pause
{eng_bridge.answer.off:Worf is wherever you sent him.|Worf is at his board.} Lily is below with the wounded, and has not come looking for you since {holo_route ? fought:the Club Tangier and the gun from the violin case|the dish, and whatever she saw on the viewer}. There is no reason she should start now.
{lily_trust < 0:She held a weapon on you in the tube, the first time she saw your face, and nothing since has given her a reason to think better of it.}
* (send) [Send for her]
    You touch your badge. "Picard to Deck Four. Is Miss Sloane there?"
    Ogawa's voice, careful. "She's here, Captain." Someone speaks behind her, low and quick. "She says she's carrying litters, sir. If you want to talk to her, you know where the litters are." # speaker: Ogawa
    You close the channel. It is the fairest thing anyone has said to you all morning.
* (alone) [Decide it alone]
    You do not send for anyone. You are the captain. This is what the captain is for.
- {not eng_voice:
    -> turn
}
{eng_lounge.no_one.send:"There," she says in your head. "She won't come. Just us." Pleased, as if you had cleared a table for her. "You need what you had over Earth, when you were right about everything."|"There," she says in your head. "Just us." Pleased, as if you had cleared a table for her. "You never needed the little woman from the rocket. You need what you had over Earth."}
* [Listen to her]
    ~ eng_harden(1)
    You listen, for information, you tell yourself, as over Earth. She tells you how many drones are on Deck Six, and that she is not angry about the beacon, and that you are tired. You are.
* [Put your hands over your ears, like a child]
    You put your hands over your ears. It does nothing; she is not in the room. But the gesture is yours, foolish and human, and after a moment she laughs and goes quiet. Your hands are shaking.
- -> turn

= she
The door opens on a step you know, as if every deck might be lying about being solid. # speaker: Lily
"Your doctor's at the door. Five minutes." {lily_armed:The rifle stays slung across her back.|Her hands go into the pockets of a borrowed jacket.}
{eng_reach == 2:She looks at you as she did at the lounge window in the night: as if you might still be worth the trouble.|She looks at you as she did in the tube, over a gun: still deciding.}
{eng_bridge.answer.insult:"The whole ship's talking. The Klingon said blow it up, and you called him a coward to his face."|{eng_bridge.answer.refuse:"The whole ship's talking. The Klingon said blow it up and you said no."|"The whole ship's talking. The Klingon said blow it up, and you walked out."}} # speaker: Lily
* (listen) [Let her say it]
    {eng_bridge.vote.hear_her:You let her go on, as you let Beverly finish on the bridge, and this time you hear it.|You let her go on, and listen. It is not a thing you have done much of all night.}
* (explain) [Tell her she doesn't understand what they are]
    "You don't understand what they are," you say. "You can't. Nobody who hasn't been inside them can."
    "So tell me." # speaker: Lily
    Nothing comes; it is too large for five minutes. "Not yet." She lets it stand, put down where she can reach it.
* (out) [Tell her to leave]
    ~ eng_harden(1)
    "This is not your concern, Miss Sloane. Go back to the wounded."
    {eng_reach == 2:"It's my planet you're parked over. I'm staying put. She promised me five minutes."|"It's my planet you're parked over." She does not move. "Five minutes. She promised."} # speaker: Lily
- "On the litters they say you'll get them killed for a boat. {holo_route ? fought:{holo_fight.burst.drum:I saw you hold that machine gun down on them till it was empty, with Gus right behind them. You were enjoying it.|I saw you with that machine gun in the bar. You were enjoying it.}|{holo_route ? fiction:{holo_fiction.burn.saved:I saw you freeze your make-believe bar to save a barman and a singer, and let one of those things walk out. I thought, okay, there's a man in there.|I saw you burn a make-believe city down round those things and not look back.}|{holo_hide.tail.reach:I saw you let those things walk right past us, and thought, okay, he's careful. Then I had to hang off your wrist to keep you off the last one.|I saw you sit still while those things walked past, and thought, okay, he's careful.}}} And now this." # speaker: Lily
{eva_hands >= 2:"And I know what you did on the dish," she adds. "With your hands. To one of yours."}
{crusher_hid == 2:"And your doctor's got something growing in her arm. I saw it on the ladder. You know what you're asking her to wait for?"}
* (tell) [Tell her what it was to be one of them]
    {eng_voice:So you tell her: the quiet, the agreeing, your hands doing what the voice said because it was yours; Wolf 359 as a list of thirty-nine ships. And that the voice is back since Earth, because you let it in. You had meant to tell no one that.|So you tell her some of it: the quiet; no you, only the agreeing; your own hands killing people you had served with. Wolf 359, not a battle but a list of ships: thirty-nine.}
    She does not look away once. Then, gently: "Okay. So they hurt you. That's not a reason. That's a wound." # speaker: Lily
* (vow) [Tell her you will not give them one more deck]
    ~ eng_harden(1)
    {eng_voice:"I was one of them. I still hear her. Every day since they gave me back I have owed them, and this morning I pay it: they come up through me for the rest of this ship."|"I was one of them. I know what they do with a ship once she is theirs. They will have to come up through me for the rest of her."} It sounds like a speech. You do not care.
    Lily lets it finish echoing. "Wow. You've said that before, haven't you? In your head." # speaker: Lily
- {holo_route ? fought:She looks at the ships behind the glass, as she looked at the bar's bottles before the shooting.|She looks at the ships behind the glass.}
{eng_reach == 2:"You know the whaling book? I read it four times in a shelter at eleven. His whole crew saw where he was going, and nobody stopped him. I'm not his crew."|"There's a book about a whaler. I read it four times in a shelter at eleven, and hated the captain every time, and his crew more, for letting him."} # speaker: Lily
{eng_dark >= 2:The old man's words are in your mouth already, every cape and flame, and would sound magnificent.|The old man's words come to your mouth, every cape and flame. You know how good they would sound.}
* (quote) [Start to say them]
    ~ eng_harden(1)
    You get four words in.
    "Don't," Lily says. "Don't you dare. I know how it ends." # speaker: Lily
    {eng_dark >= 2:You stop, and hear your voice as she heard it, and the man speaking sounded happy.|You stop, and hear your own voice the way she heard it, and do not like the man who was speaking.}
* (swallow) [Don't]
    You keep them in your mouth until they are only words again, somebody else's, about somebody else's whale.
- {eng_dark >= 2:Your hand is flat on the cabinet's glass, pressing. You do not remember putting it there.|Your hand is on the glass of the cabinet. You do not remember putting it there.} # pause
* (smash) [Break the glass]
    ~ eng_harden(1)
    {eng_dark >= 2:You hit it. The glass goes in a bright sheet and two ships go onto the deck, one broken in half along its hull. Your knuckles bleed, and for a second it felt wonderful.|You hit it. The glass goes in a sheet, two ships go down, and one breaks in half along its hull. Your knuckles bleed onto the carpet. You have never done anything so stupid in front of anyone.}
    Lily has not flinched. She looks at the broken ship, your hand, you. "Yeah," she says quietly. "That's what I thought." # speaker: Lily
* (hold) [Keep your hand flat against it]
    {eng_dark >= 2:You press your hand flat on the glass until your arm shakes, and stop. The little ships stand. It takes everything you have, and Lily saw every bit of it.|You press until your arm shakes, and stop. The little ships stand untouched; your handprint on the glass is already fading. Lily saw all of it.} # pause
- -> turn

= turn
{eng_reach == 0:The Earth turns in the windows. {eng_bridge.answer.off:Somewhere below you|Out on the bridge}, Worf is waiting for an answer.|{eng_reach == 2:"So what's it going to be?" Lily says. "I've got a minute before your doctor comes in with a needle, and I'd like to hear it."|"So what's it going to be?" Lily says. "I've got about a minute before your doctor comes in with a needle."}} # pause
{eng_reach == 0:
    -> alone_turn
}
* (admit) [Tell her she is right]
    ~ eng_harden(-1)
    "You're right. I was taking them down with me, all of them, and I would have called it holding the line." {eng_lounge.smash:One of your hands is still bleeding.|Your hands are quite steady, which is worse.} "Thank you, Lily."
    {
    - eng_reach == 2 || eng_lounge.listen || eng_lounge.tell:
        ~ eng_lily_word = 2
        ~ eng_heard = true
        She lets out a breath held, you think, since the tube. "Took you long enough." Then, not looking at you: "You're going to do something stupid anyway. I can see it. Just do the smart thing first." # speaker: Lily
    - else:
        ~ eng_lily_word = 1
        ~ eng_heard = true
        She looks at you as if not sure she heard right, or whether to believe it. "Okay. Prove it." And she goes, before you can. # speaker: Lily
    }
* (argue) [Tell her it is not that simple]
    "It is not that simple. You don't know what they would do with this ship, in this century. I do."
    ~ eng_lily_word = 1
    ~ eng_heard = true
    "Sure. And you're the only one who gets to decide. That's what he thought too." At the door: "I've just never met anybody as sure as you who was right." # speaker: Lily
    {eng_reach == 2:The doors close. She was nearly yours an hour ago, and what she said stays in the room.|The doors close behind her. What she said stays in the room.}
* (dismiss) [Send her out]
    ~ eng_harden(1)
    ~ eng_lily_word = 0
    "That's enough. Go back to Deck Four."
    {eng_reach == 2:She goes without arguing. At the door she turns, nearly says something, and doesn't. An hour ago she slept on your jacket.|She goes without arguing. At the door she turns, and nearly says something, and doesn't, and that is the last thing she gives you.}
- -> eng_order

= alone_turn
* [Go back out to the bridge]
    {eng_voice:You go back out, not having decided; she follows you to the door, and you find, walking, that you have.|You go back out. You have not decided. You find, walking, that you have.}
* [Stay a little longer]
    {eng_voice:You stay a little longer, a luxury you take anyway: one more minute with the Earth in the windows and her, for once, saying nothing. Then you go.|You stay a little longer. It is a luxury, and you take it anyway: one more minute with the Earth in the windows and nobody asking. Then you go.}
- -> eng_order

// ---------------------------------------------------------------------------
=== eng_order ===
Every face on the bridge turns to you at once. # scene: USS Enterprise, the bridge
{eng_bridge.answer.off:Worf is not at tactical. Beverly has the conn, and stands.|Worf is at tactical, his hand flat on the board. {eng_worf:His breathing is worse.}}
{
- eng_lily_word == 2: You can still hear Lily: not the words, the fact of her{eng_lounge.out:, refusing to leave when you told her to|, staying until she had said it}. Your head is clearer than it has been since Montana.
- eng_lily_word == 1: {eng_lounge.admit:You told Lily she was right, and she told you to prove it. You have not yet.|What Lily said is still with you, unanswered. You are not sure that you can.}
- eng_reach >= 1: Lily has gone back to the wounded. You made sure of that.
}
"Deck Five," Beverly says. "Two minutes ago." # speaker: Crusher
* [Ask how long the upper decks can hold]
    "How long do we have?"
    {eng_bridge.answer.off:Beverly answers from the tactical board she has learned in a quarter of an hour. "Forty minutes to this deck. Perhaps fifty."|Worf does not look at his board. "Forty minutes to this deck. Perhaps fifty. They are not hurrying."}
* [Ask whether the pods are ready]
    "The escape pods. Are they ready?"
    "Since six. Ogawa put the litters by the hatches at seven, just in case." # speaker: Crusher
* [Look at the chair]
    {eng_voice:You look at the captain's chair, worn on the right arm where your hand goes, and wonder whose hand it has been since Earth.|You look at the captain's chair, worn on the right arm where your hand goes. You have never been less sure who sits in it.}
- {eng_lily_word == 2:Everyone waits. The cutaway is green to the fifth deck, and you already know.|Everyone waits. The cutaway is green to the fifth deck.} # pause
* (abandon) [Give the order to abandon ship]
    ~ eng_evac = true
    ~ eng_lily_where = lily_pod
    "All hands, this is the captain. Abandon ship. Escape pods by the upper-deck routes, Deck Four's wounded first. This is not a drill." And: "Thank you. All of you."
    {eva_hawk ? hawk_alive:Hawk lets out a breath as if he had held it since midnight.|{eva_hawk ? hawk_taken:Tarrant lets out a breath, and looks at the empty chair as if to tell it.|Tarrant lets out a breath he has held since midnight.}}
    -> destruct
* (stand) [Tell them the ship stays. We take engineering back.]
    ~ eng_harden(1)
    "We are not abandoning her. Every team that can hold a weapon goes down the tubes. We take engineering and flood it with coolant; everything organic in it dies."
    {eng_bridge.answer.off:Beverly looks at you for a long moment. Then she touches her badge and calls Worf back to the bridge, and tells him. There is a silence on the channel before his voice comes: "The coolant will kill Data."|Worf looks at you for a long moment. "The coolant will kill Data," he says.}
    "Not Data," you say. "He does not breathe."
    {eng_dark >= 2:Nobody says anything else. You have made sure of that, this last hour, and you are glad.|Nobody says anything else. You have made sure, this last hour, that nobody will.}
    -> eng_stand

= destruct
{eng_bridge.answer.off:The self-destruct needs three officers. Beverly is one. You touch your badge. "Picard to Worf. Come back to the bridge, please." He comes, and stands at tactical, and does not look at you.|The self-destruct needs three officers, and two of them are at their stations, waiting for you.}
* (sorry) [Speak to Worf before you begin]
    {eng_bridge.answer.off:"Mr. Worf. Before we do this." He looks up. "I called you afraid. It was a lie, and I knew it while I said it. I was ashamed of myself, and I handed the shame to you because you were standing nearest." You hold out your hand.|{eng_bridge.answer.insult:"Mr. Worf. Before we do this." He looks up. "I called you afraid. It was a lie, and I knew it while I said it, and you stood at your post anyway." You hold out your hand.|"Mr. Worf." He looks up. "You were right, and you said so when it was not easy to. Thank you." You hold out your hand.}}
    {eng_bridge.answer.insult:He looks at it for a long moment, and then he takes it, and his grip is the grip of a man who will not say anything about it, ever, which is how you know it is accepted.|He takes it at once. Klingons do not make much of handshakes. He makes something of this one.}
* (later) [There is no time. Begin.]
    "Mr. Worf. The self-destruct, please." {eng_bridge.answer.insult:He comes to the console. What you owe him you will owe a while longer, and he knows it.|He comes to the console. The rest can be said on the ground, or not at all.}
- -> codes

= codes
{
- eng_voice: The computer asks the three of you who you are. You give a code spoken only in drills, and under the floor someone memorises it. Worf gives his; Beverly hers, unsteadily.
- eng_worf: The computer asks the three of you who you are. Worf gives his code between two careful breaths. Beverly's voice is steady; her hand is not.
- eng_bridge.answer.off: The computer asks the three of you who you are. Worf gives his code to the console and not to you. Beverly gives hers, unsteadily.
- else: The computer asks the three of you who you are. You give a code spoken only in drills; Worf his, flat as a roll call; Beverly hers, unsteadily.
}
{eng_voice:"Twenty minutes. Off the speakers; the crew hear it from their officers." And nobody else, you hope.|"Twenty minutes. Keep it off the speakers; the crew will hear it from their officers."}
~ eng_sd = true
{eng_worf:A small number appears in the corner of the viewer and starts down. Worf breathes with it.|A small number appears in the corner of the viewer and starts down.} # pause
Beverly looks round the bridge as if memorising it. "They'll give the name to another ship. Won't they?" # speaker: Crusher
* [Tell her they will]
    "They always do. There's no shortage of names." The lightness surprises you both. She laughs once, touches your arm, and goes to get her wounded into the pods.
* [Say nothing, and touch the console once]
    You put your hand flat on the console, as on a horse's neck. Beverly nods as if you had answered, and goes to get her wounded into the pods.
* [Tell her you don't know]
    "I don't know. I'd like to think so." She nods, as if that were the better answer, and goes to get her wounded into the pods.
- {eng_worf:Worf goes with her, told plainly what his lung will do if he stands anywhere for twenty minutes. At the lift he looks at you once.|Worf goes with them, to take the pod decks. At the lift he looks at you once: he has guessed what you will do, and decided to let you.}
{eng_voice:The bridge is empty, though your head is not. You have never seen it empty.|The bridge is empty. You have never seen it empty.} # pause
-> call

= call
{data_word:The comm chirps: engineering, silent since your promise on Deck Sixteen.|The comm chirps: engineering, where nothing has spoken since Deck Sixteen.} # scene: USS Enterprise, the empty bridge
{data_lost ? went_back:"Captain. I am in main engineering, unharmed, and not alone. She says that you will come down." A pause he does not usually leave. "Is Crewman Lindqvist well, sir?"|{data_lost ? reached:"Captain. I am in main engineering. I am unharmed." A pause he does not usually leave. "I hope you are also, since the valves. She says you will come down."|"Captain. I am in main engineering. I held the hatch, sir." A pause he does not usually leave. "I am not alone. She says that you will come down."}} # speaker: Data
{data_word:It is his voice. You cannot tell if it is him, or her wearing your promise.|It is his voice. You cannot tell if it is him.}
* (answer) [Answer him. Tell him you are coming.]
    ~ eng_hold = 1
    ~ eng_cost = 1
    {data_word:"Data. It's the captain. I said I would come back for you, and I am coming. Keep the codes. Keep yourself."|"Data. It's the captain. Whatever she has told you, I am coming. Keep the codes. Keep yourself."}
    A silence very long for an android. "Understood, sir," he says, in a way that is his and only his, and the channel closes.
    And now she knows when you are coming. Ten minutes later there are drones in the launch corridor on Deck Three, and not all of the last wounded get through.
* (silent) [Say nothing. Close the channel.]
    {data_word:You close the channel. If it is him, he knows you are coming; you told him on Deck Sixteen. If it is her, she learns nothing. It is correct, and sits in your chest like a stone.|You close the channel. If it is him, he must take your coming on trust; you gave him nothing on Deck Sixteen to hold it by. If it is her, she learns nothing. It sits in your chest like a stone.}
- -> eng_pods

// ---------------------------------------------------------------------------
// The evacuation: the pod decks, the last faces, and where Picard goes.
=== eng_pods ===
Thirty hatches line the gallery on Deck Three, each light amber until its pod is gone, then green. Half are green. # scene: Escape pod gallery, Deck Three
{
- sickbay_out ? patients && sickbay_run && sickbay_out ? tolland: The wounded go first: the night's litters, then Halloran with his gelled hands up like a surgeon's and the four who walked out of sickbay with him. Tolland writes pod numbers on their hands in marker pen. Ogawa counts them in.
- sickbay_out ? patients && sickbay_run: The wounded go first: the night's litters, then Halloran with his gelled hands up like a surgeon's and the four who walked out of sickbay with him. Ogawa counts them in and lets nobody help her lift.
- sickbay_out ? patients && sickbay_out ? tolland: The wounded go first: Park and Adebayo on litters, {sickbay_hold.carry_voss:Mira Voss on her spinal board, }Halloran holding up his {sickbay_hold.strip:bandaged hands, raw from the tube's rungs,|gelled hands} like a surgeon. Tolland writes pod numbers on their hands in marker pen. Ogawa counts them in.
- sickbay_out ? patients: The wounded go first: Park and Adebayo on litters, {sickbay_hold.carry_voss:Mira Voss on her spinal board, }Halloran with his {sickbay_hold.strip:bandaged hands, raw from the tube's rungs,|gelled hands} up like a surgeon's. Ogawa counts them in and lets nobody help her lift.
- sickbay_out ? tolland: The wounded go first, the ones from the night. Tolland writes pod numbers on their hands in marker pen; Ogawa counts them in. Neither mentions the patients from sickbay who are not in the line.
- else: The wounded go first. Ogawa counts them in alone, and at the end of the line counts it again, as if it might have grown.
}
{pro_warned:At the controls Porter runs the launch and Haddad reads off the seals: alive because you pulled them off Deck Sixteen.|At the controls a science lieutenant runs the launch off a manual, aloud. {eva_back.taken_one.carry:It should have been Porter, lost on Deck Sixteen, and Haddad, who is alive on one of Beverly's litters in the line with the Collective still coming out of her.|It should have been Porter and Haddad, whom Deck Sixteen took.}}
{eva_hawk ? hawk_alive:Hawk finds you within ten steps. "Sir, I know you're not getting in one of these. Let me come down with you. I've been closer to them than anyone but you..."}
* (hawk_pods) [Give the pods a pilot]
    {eva_hawk ? hawk_alive:
        "Mr. Hawk. Thirty pods, no pilots, and a computer that has fought the Borg all night. Fly the lead one. Bring them down in a line, not a field of craters. You have the conn."
        He opens his mouth to argue, then understands you have given him something real. "Aye, sir. I'll bring them down like eggs." He goes at a run, and you are glad, very glad, of the dish.
    - else:
        "Ensign Tarrant." He has followed you down unasked. "The pods have no pilots and a computer that has fought the Borg all night. Fly the lead one. Bring the others down in a line."
        {eva_hawk ? hawk_taken:He swallows. "Lieutenant Hawk would..." He stops. "Aye, sir." You watch him go, and think of Hawk somewhere below, wearing their metal.|He swallows. "Lieutenant Hawk would..." He stops. "Aye, sir." You watch him go, and think of the dish, and of who should have been given this.}
    }
* (hawk_order) [Order every last officer into the pods. No heroics.]
    {eng_dark >= 2:"Everyone into the pods," loud enough for the gallery. "Every officer. Nobody stays to help me. Nobody follows me down."|"Everyone into the pods," you say, loudly enough for the gallery. "Every officer. No one stays behind to help me. No one."}
    {eva_hawk ? hawk_alive:Hawk looks at you the way he looked at you in the airlock, and then he does as he is told, and the hatch closes, and the light goes green.|{eva_hawk ? hawk_taken:Nobody argues. Tarrant glances at the lift as if Hawk might still come up in it.|Nobody argues. Most of them have seen your face this morning.}}
* (walk_on) [Walk the length of the gallery]
    {sickbay_out ? patients:You walk the length of the gallery to see every hatch close. {sickbay_hold.strip:Halloran holds up a bandaged hand, the palm raw from the rungs he climbed without his dressings, and you take him by the wrist instead.|Halloran holds up a gelled hand to be shaken, and you shake it, carefully.}|You walk the length of the gallery. You want to see every hatch close. You want, absurdly, to shake every hand. You shake some.}
- {eng_hid:Beverly is the last of the medical staff at the hatches, checking seals twice, one-handed.|{crusher_hurt:Beverly is the last of the medical staff at the hatches, her dressing grey, checking seals Ogawa has checked.|Beverly is the last of the medical staff at the hatches, checking seals that Ogawa has already checked.}} {eng_bridge.vote.sleeve:The sleeve is rolled up now. She has stopped hiding it from anyone.|{eng_hid:Her sleeve is pulled down to the knuckle.}}
* (bev_go) [Tell her to get in]
    "Beverly. Get in."
    "In a minute." She checks another seal, then looks at you, and thirty years of knowing you arrive in her face at once. "Oh, Jean-Luc." # speaker: Crusher
    {eng_bridge.vote.sleeve:"Get in the pod, Doctor. Have someone look at that arm." She does, the bare wrist on the hatch as it closes; you put your hand against it from outside, and the light goes green.|{eng_hid:"Get in the pod, Doctor." She does, her sleeve still down to the knuckle. Her hand goes flat on the hatch from inside, and yours from out, and the light goes green.|"Get in the pod, Doctor." She does, without goodbye. Her hand goes flat on the hatch from inside as it closes, and yours from outside, and the light goes green.}}
* (bev_lily) [Ask her to look after Lily on the ground]
    "When you're down, look after Lily Sloane. She will not want you to."
    "You're not coming." It is not a question. "All right. And you'll come back and do it yourself, because I'm not doing it for the rest of my life." # speaker: Crusher
    {eng_hid:She goes in, tugging her sleeve down one last time. The light goes green.|She goes in. The light goes green.}
- {eng_heard:
    -> lily
}
{
- eng_reach >= 1: Lily is already in pod eleven, Ogawa says, with two of the litters. She went in without looking round. You sent her out of the lounge, and she has taken you at your word.
- eng_voice: Lily went down with the first pods, the officer at the hatches tells you, one end of a litter in her hands. She did not look round, and somebody in your head is pleased about it.
- else: Lily went down with the first pods, the officer at the hatches tells you, one end of {sickbay_out ? patients && not sickbay_run:Adebayo's litter|a litter} in her hands. She did not look round.
}
-> choose

= lily
Lily is at the last hatch but two, a hand on its rim, waiting. {lily_armed:Somebody has made her leave the rifle.|} # speaker: Lily
{eng_lily_word == 2:She looks at you, and at the hatch, and understands faster than you would like; she always has.|She looks at you, then at the hatch, and her mouth goes flat. She has understood, and does not like it.}
{eng_lily_word == 2:"This one isn't yours, is it? You've got somewhere else to be."|"Let me guess. This one isn't yours."} # speaker: Lily
* (friend) [Tell her the truth: Data]
    "A friend of mine is down in engineering," you say. {data_word:"I told him I would come back for him. I am going to."|"I never told him I would come back for him. I am going anyway."}
    {eng_lily_word == 2:"Yeah. Okay. That's the stupid thing. At least you did the smart thing first." She puts out her hand as if closing a deal on a cargo of fuel, and you shake it. Her grip is very hard.|"That's a better reason than the other one," she says. "I'll give you that." She does not offer her hand. She does not turn her back, either.}
* (lie) [Tell her you will be on the next one]
    "I'll be right behind you. The next pod."
    {eng_lily_word == 2:"You're a terrible liar, Picard," she says. "For a guy who does this for a living." And she reaches up and straightens the collar of your uniform, briskly, like a sister, and lets it go.|"Sure you will," she says, flatly, and you both hear what she thinks of it.}
* (stay_with) [Ask her to stay until every pod is away]
    ~ eng_time = eng_time - 1
    "Stay with me until the rest are away. Please."
    {eng_lily_word == 2:She does, at your shoulder by the controls, while {pro_warned:Porter|the lieutenant with the manual} sends the pods down one by one. Neither of you speaks. It takes four minutes that the count will want back.|She does. She stands beside you at the hatch controls while {pro_warned:Porter|the lieutenant with the manual} sends the pods down one after another, and neither of you says anything, and it takes four minutes that the count will want back.}
- {eng_lily_word == 2:The hatch closes on her. You watch its light go from amber to green, and find you are smiling.|The hatch closes on her. You watch the light over it go from amber to green.} # pause
-> choose

= choose
{pro_warned:The gallery is empty now but for Porter and Haddad at the launch controls, and the count on every panel says|The gallery is empty now but for the lieutenant and his manual, and the count on every panel says} {eng_time >= 2:eleven minutes|seven minutes}.
{
- eng_dark >= 2: One deck down the last pod is held for you; thirteen down are Data and her. Beside the launch controls a locker holds a phaser rifle, and you have been looking at it.
- eng_heard: One deck down, the last pod; thirteen down, Data, and her. Whichever way you go from here, you will take what Lily said with you.
- data_word: One deck down, the last pod. Thirteen down, Data, keeping codes because you told him to. The lift waits for your hand.
- else: One deck down is the last pod; thirteen down, Data, and her. Your hand is on the lift's panel, and has not yet chosen a deck.
}
* (go_data) [Go down for Data]
    // The first-contact outcome is settled here: the crew in the pods, Lily's
    // word heard, and Picard going down for his friend, not for her.
    ~ eng_first = eng_heard
    {
    - eng_lily_word == 2: You go down for Data, with nothing in your hands. Lily told you to do the smart thing first, and you have; this is the other thing, and no weapon can do it.
    - data_word: You go down for Data, with nothing in your hands. You told him on Deck Sixteen you would come back, and a promise is not something a weapon can keep.
    - else: You go down for Data. You go with nothing in your hands, because what you are going to do down there is not something a weapon can do.
    }
    -> eng_down
* (go_queen) {eng_dark >= 2} [Take the rifle. It is her you are going down for.]
    ~ eng_for_queen = true
    {eng_voice:You open the locker. The rifle is heavier than on Deck Sixteen. It is for whatever stands between you and Data, you tell yourself, and she laughs in your head.|You open the locker. The rifle is heavier than on Deck Sixteen, or your arms more tired. It is for whatever stands between you and Data, you tell yourself. You know whom it is for.}
    -> eng_down
* (go_pod) [Go to the last pod with your crew]
    {data_word:You stand a long moment, with a promise to Data in your mouth. Then you turn your back on the lift and walk down one deck, to where Worf holds the last pod's hatch.|You stand a long moment longer. Then you turn your back on the lift and walk down one deck, to where Worf holds the last pod's hatch open, as you knew he would.}
    -> eng_scuttle

// ---------------------------------------------------------------------------
// Down through the ship to engineering, alone, with the count running.
=== eng_down ===
{eng_for_queen:Below Deck Four the shafts are theirs. You go down the emergency ladder with the rifle slung, rung after rung, into the heat.|Below Deck Four the lift shafts are theirs. You go down by the emergency ladder in the shaft wall, rung after rung, into the heat.} # scene: Turbolift shaft, going down
{
- eng_voice: By Nine the air tastes sweet and metallic, and she is pleased you are coming; you feel it in the rungs, in your wrists. She has waited since the fleet channel.
- pro_listened == 1: By Nine the air tastes sweet and metallic. By Twelve the murmur in your skull is a hum in your teeth, telling you where you are going.
- eng_for_queen: By Nine the air tastes sweet and metallic, the rifle knocking a rung at every step. By Twelve the green comes up like light from a pool's floor, and you go gladly.
- else: By Nine the air tastes sweet and metallic. By Twelve the green comes up like light from a pool's floor, and {eva_way ? way_voice:the voice you let back in on the dish|{deflector.learn.listen:the voice you asked the way onto the dish|the voice you kept out all night}} is in the walls.
}
At Thirteen the ladder ends at a sealed hatch, the corridor beyond lit green and not empty. Beside it a crawlway runs into the dark, longer, and empty.
* (hatch) [Cut the hatch and go through the corridor]
    You cut the hatch with the shaft kit's torch and go through into the green.
    {eng_for_queen:The drones in the corridor turn their heads together, like a flock, and look at the rifle, and away. They have been told not to touch you. You walk between them, close enough to touch, the muzzle down.|The drones turn their heads as you come through, all together, the way a flock turns, and look away. They have been told not to touch you. You walk down the middle of them; none breaks step.}
    {eva_hawk ? hawk_taken:One of them is Sean Hawk. You know him by the way he stands, even now: a little forward on his toes, as if the deck might turn better than the specs say. He does not look at you. You make yourself walk past him.}
    One wears the rags of an engineering tunic, a lieutenant's pips still on the collar, and you read the name tape before you can stop. You do not know the name. You are ashamed of how glad you are.
    * * [Look at their faces as you pass]
        You look at every one. Some you know; all of them were somebody's this time yesterday. It costs a few seconds, and you regret none.
    * * [Keep your eyes on the doors ahead]
        You keep your eyes on the doors at the end and count your steps, as Data would. Forty-one. The hardest forty-one steps you have taken.
* (crawl) [Take the crawlway round them]
    ~ eng_time = eng_time - 1
    {eva_hawk ? hawk_taken:You take the crawlway, on hands and knees in the dark, the count running in the corner of your eye. It costs three minutes you did not have, and you would pay them again: Hawk could have been in that corridor.|You take the crawlway, on hands and knees in the dark, the count running in the corner of your eye, and see no drone. It costs three minutes you did not have to spare. You could not have walked that corridor.}
- {eng_time <= 0:
    -> too_late
}
{eng_for_queen:The doors to main engineering stand open, as if for the rifle, as they have been all night.|The doors to main engineering stand open, as they have been, you think, all night.} # pause
-> eng_core

= too_late
The count says four minutes. # pause
Deck Fifteen. Engineering is a deck down and a long corridor full of them away; four minutes would walk it empty. The last pod is eleven decks up. # scene: Deck Fifteen
You stand very still. {eng_voice:"You're late," she says, in your head, almost tender. "You were always going to be late, Jean-Luc. You stopped to say goodbye to everyone."|The hum comes up through the deck into your feet, patient, untroubled. It does not care whether you come. It has him.}
* [Call to Data, once, down the corridor]
    {data_word:"Data!" It goes down the green corridor and does not come back. You promised him. Perhaps he heard. You will never know. You turn, and run.|"Data!" Your voice goes down the green corridor and does not come back. Nothing answers it. Perhaps he heard. You will never know. You turn, and run.}
* [Turn back without a word]
    You turn back without his name. Say it, and you will go on, and nobody will be left to tell what happened here.
- {eng_worf:Worf is holding the last pod, breathing like a torn bellows. He never tells you how he got back down to it. He hauls you in by the collar and slaps the hatch shut, and the pod drops away with a kick like a horse.|Worf is holding the last pod. He never tells you how he got back down to it, or how long he held it. He hauls you in by the collar and slaps the hatch shut, and the pod drops away with a kick like a horse.}
-> eng_scuttle

// ---------------------------------------------------------------------------
// No evacuation: the crew fight for the ship, and Picard goes down with them.
=== eng_stand ===
~ eng_cost = 2
~ eng_lily_where = lily_aboard
Worf forms the teams in the forward armoury on Deck Four. {eng_worf:His lung keeps him out of the tubes, Beverly says, loudly, before his people. He gives the teams to you, and you see what it costs him.|He will lead the first team himself. He tells you; he does not ask.} # scene: Forward armoury, Deck Four
Twenty-six of them; you know perhaps half the names. {pro_warned:Porter and Haddad are among them, the last engineers who know the coolant tanks by touch.|The two who knew the coolant tanks by touch went into the tubes on Deck Sixteen. You send for a schematic.}
{
- eng_lily_word == 2: Lily stops at the armoury door on her way to the litters. "You said you'd do the smart thing first. This isn't it." A look at the racks. "I'll be on Four. Somebody ought to know why, when they ask."
- eng_lily_word == 1: Lily stops at the door, looks at the racks, and goes on down to the litters. She said her piece in the lounge. She does not say it twice.
- eng_reach >= 1: Lily is on Four with the wounded; there is nowhere else to put her. She asked Ogawa once, quietly, whether it was true nobody was leaving.
- else: Lily is on Four with the wounded, there being nowhere else to put her. She does not come to the armoury. Nobody expected her to.
}
* (front) [Lead from the front]
    {eng_dark >= 2:You take a rifle and go to the head of the line. Nobody on this ship can stop you any more.|You take a rifle from the rack and go to the head of the line, and nobody stops you.}
* (behind) [Send the teams down first and follow]
    You send the teams down first, as you have told a hundred young officers a captain does. It does not feel like it today.
- {eng_worf:Before you go there is a minute in which nobody needs you, and Worf pretends not to watch.|Before you go there is a minute in which nobody needs you.}
* [Send a runner to Deck Four, with a word for Lily]
    You send an ensign too young for the tubes to Deck Four. "Tell Miss Sloane..." You do not know what. "Tell her the rocket will fly. Tell her I said so." He goes at a run, glad of it.
* [Check your rifle, and then check it again]
    You check the rifle's charge, and check it again. Your hands want something to do.
- Down the Jefferies tubes, Five, Six, Seven, into the heat and the green; the Borg meet you where the tubes cross, never many, always patient. # scene: The Jefferies tubes, going down
{
- emh_log ? adaptation && eng_dark >= 2: Every rifle still fires the hologram's count, two shots and a new frequency, but they learned it on Nine, and now it buys a junction at a time and no more. You fire more of it than anyone, and like it.
- emh_log ? adaptation: Every rifle still fires the hologram's count, two shots and a new frequency, but they learned it on Nine. Now it buys a junction at a time, and the teams use their hands between.
- eng_worf: Without Worf the teams fire in pairs, two shots and the third wasted, as Deck Sixteen taught. The drones learn the frequencies faster than anyone can change them.
- else: Deck Sixteen taught every rifle the count: two shots, the third wasted. Worf's team fires in pairs, and the drones learn the frequencies faster than the teams can change them.
}
{eng_dark >= 2:At Deck Nine a team of four is cut off at a junction, off the straight way to the ladder down.|At Deck Nine a team of four is cut off at a junction, with drones between them and you.}
* (go_back_team) [Go back for them]
    {eng_dark >= 2:You go back for them, against everything in you that wants the ladder. It costs two to save four; you could not have lived with the other sum, and are surprised to find it so.|You go back for them. It costs two to save four, and the arithmetic is terrible either way, and you could not have lived with the other sum.}
* (leave_team) [Leave them. Engineering is the only thing that matters.]
    ~ eng_harden(1)
    You leave them. You hear them on the channel for ninety seconds more, and then you do not. The tubes are very quiet after that.
- {emh_log ? adaptation:At Deck Twelve, every junction bought two shots at a time, you let the teams close up.|At Deck Twelve you stop to let the teams close up.}
* [Count them]
    You count them: fewer than you had let yourself know. You make yourself say the number, under your breath.
* [Don't count them yet]
    You do not count them. There will be a time for the number, and if you start now you will not stop.
- By Deck Fourteen nine of the twenty-six are left, and you. {not eng_worf:Worf is one of them, his face sheeted with blood from a scalp cut.} At the last junction you stop at the hatch down into the green.
{
- eng_dark >= 2: Your rifle is warm, and you would like to fire it more. At the bottom of that ladder is what has been in your head since Wolf 359, waiting.
- data_word: Data is at the bottom of that ladder, keeping codes because you asked. You keep your mind on that.
- else: Data is at the bottom of that ladder. You keep your mind on that; it keeps the rest out.
}
* (for_data) [Go down for Data. The rest is the teams' to do.]
    "The teams take the coolant tanks. I am going for Data." You sling the rifle across your back, where you cannot fire it without thinking.
* (for_her) {eng_dark >= 2} [Go down for her]
    ~ eng_for_queen = true
    "The teams take the coolant tanks," you say. You do not say what you are going to take. Everyone at that junction knows.
- You go down the ladder first. # pause
{
- eng_for_queen: They are waiting in main engineering, not fighting. Your nine are taken by the arms at the ladder's foot and held, {not eng_worf:Worf breaking one drone's arm first, }and you and your rifle are let walk on alone.
- eng_worf: They are waiting in main engineering, not fighting. The nine behind you are taken by the arms at the ladder's foot, gently, without a shot, and held, and you are let walk on alone.
- else: They are waiting, not fighting. Your nine are taken by the arms at the ladder's foot, gently, and held; Worf breaks one drone's arm before four of them hold him. You are let walk on alone.
}
-> eng_core
// ---------------------------------------------------------------------------
// Main engineering: the Queen, Data, and what Picard offers.
=== eng_core ===
-> enter

= enter
Main engineering has become a cathedral. # scene: Main engineering
{
- eng_voice: The core pulses green, slow as breathing, and the pressure in the air is the voice you let in over Earth, in a room with you at last.
- eng_dark >= 2: The core pulses green, slow as breathing, alcoves in every wall. The warm wet air is a room you lived in once, and you breathe it gladly.
- eng_hold >= 1: The core pulses green, alcoves in every wall. You look past it all for one face, as for a friend on a platform.
- else: The core pulses green, slow as breathing, alcoves in every wall; the sound is a pressure, as though the room were thinking.
}
{eng_evac:
    {eng_for_queen:Nobody stops you. Nobody takes the rifle. The drones at the door stand aside for it as if it were part of your uniform.|Nobody stops you. The drones at the door stand aside for you as if you were expected, which you are.}
}
{
- eng_voice: She sits on the core's rail, one knee drawn up like a woman on a garden wall, and the voice in your head has a pale face at last, smiling. # speaker: The Borg Queen
- eng_dark >= 2: She sits on the core's rail like a woman on a garden wall, dark sheath to the collarbone, pale face, smiling as if you were late for dinner. # speaker: The Borg Queen
- else: She sits on the rail of the core's platform like a woman on a garden wall: dark sheath to the collarbone, pale human face, smiling with real pleasure. # speaker: The Borg Queen
}
{data_word:Beside her stands Data, keeping his codes.|Beside her stands Data.} # pause
{
- data_word: Skin to the shoulder now, up his neck to the jaw. His eyes find yours at once, as a man's find the door he was told to watch.
- data_lost ? went_back: Skin to the shoulder now, up his neck to the jaw. His eyes find yours; the face you always knew could be anyone's.
- data_lost ? reached: Skin to the shoulder, up his neck to the jaw: the price of your valves, grown on him. His eyes give nothing back.
- else: Skin to the shoulder now, up his neck to the jaw. His eyes pass over you as over a door he once held.
}
{
- data_lost ? rearguard && eng_for_queen: "You left him to hold a door," the Queen says, "and now you bring a rifle to it. He held it. You knew he would. That's why you asked."
- data_lost ? rearguard: "You left him to hold a door," the Queen says. "He held it. Did you think of him on the ladder, {data_word:with your promise behind you|without a word for him}? He thought of you."
- data_lost ? reached && data_word: "He pulled you out of our hands at the valves," the Queen says, "and you shouted a promise after him. He's kept it. I've watched him keep it all night."
- data_lost ? reached: "He pulled you out of our hands," the Queen says. "You went for the valves yourself, to be the one, and he paid. I'd have done the same."
- data_word: "He disobeyed you for a girl of nineteen," the Queen says, delighted, "and you promised to come back for him anyway. Both of you so sure it was right."
- else: "He disobeyed you," the Queen says, delighted. "For a girl of nineteen. I've asked him all night why. He says it was right, as if that explained anything."
}
* (to_data) {not eng_for_queen} [Speak to Data first]
    ~ eng_hold = 1
    You do not look at her. You look at Data. "Data. Are you all right?"
    {data_word:"I am... functional, sir." A pause. "And I have the codes still, as agreed. Thank you for asking me first."|It is the wrong question for the room, and the only one you care about, and he knows it. "I am... functional, sir." A pause. "Thank you for asking me first."} # speaker: Data
    The Queen laughs softly, as at a move she admires.
* (to_her) [Speak to her]
    "Let him go," you say to her. "Whatever you want from this ship, you have no need of him."
    "Need?" She weighs the word like a foreign coin. "No. That's what makes him interesting." # speaker: The Borg Queen
* (aim) {eng_for_queen} [Raise the rifle]
    You raise the rifle and put its sights on the pale centre of her face.
    She looks at it with interest. Data steps, without hurry, into your line of fire. "Sir, I would prefer that you did not." # speaker: Data
    {eng_dark >= 3:You cannot tell whether it is his preference or hers. You lower the rifle an inch, and hate the inch.|You cannot tell whether it is his preference or hers. You lower the rifle a little. Not all the way.}
- -> knows

= knows
She comes down off the rail towards you. {not eng_evac:Behind you your people stand in the drones' hands, and watch.}
"Shall I tell you what you've done, Jean-Luc, since you came back to me?" # speaker: The Borg Queen
{
- pro_listened == 2 && eng_dark >= 3: "Over Earth you let me in{pro_battle.pro_cube.arms: twice, under the fleet's last channel and again at the vortex,|, and at the cube you found the weak place with my eyes,} and you never once pushed me out. You never will."
- pro_listened == 2: "{pro_battle.pro_cube.arms:Over Earth you let me in twice: under the fleet's last channel, and at the mouth of the vortex, where I told you when. Only at the cube did you keep me out, and a ship paid for it.|Over Earth you let me in, and at the cube you found the weak place with my eyes.} You wanted me there."
- pro_vortex.push && pro_battle.pro_cube.arms: "Over Earth you listened to me under the fleet's last channel, then kept me from the cube, and a ship paid for the minute. Then you pushed me out, on one knee, as if I had done you harm.{eng_dark >= 2: And still you've come down to me. Distance doesn't last.}"
- pro_vortex.push && eng_dark >= 2: "Over Earth you let me point the way, and then pushed me out, on one knee, in front of your crew. And still you've come down to me. Distance doesn't last."
- pro_vortex.push: "Over Earth you let me point the way once, and the captain at the weak place lived to thank you for it. Then you pushed me out, on one knee, as if I had done you harm."
- pro_listened == 1: "Over Earth you let me in a little, {pro_battle.pro_cube.arms:only to listen. When I offered you the weak place you set your android to find it, and a ship paid for the minute|to point}. A man holding a door with his foot, so as not to seem to invite anyone. But you held it."
- eng_dark >= 2: "Over Earth you kept me out, and paid in other people: the ship at the weak place, her captain. And still you've come down to me. Distance doesn't last."
- else: "Over Earth you kept me out. It cost you a ship at the weak place, and her captain. You paid for your distance in other people."
}
// The holodeck is passed over when the dish gives her something worse to say.
{not (eva_way ? way_voice || eva_hawk ? hawk_taken || eva_hands >= 2 || eva_way ? way_burned):
  {
  - holo_route ? fought: "Then the holodeck: a little machine gun out of a make-believe violin case, and you enjoyed it.{holo_fight.burst.drum: You kept on after my drones fell, and the barman went down with them.} I felt you enjoy it. So did she."
  - holo_fiction.burn.saved: "Then the holodeck: you had one of mine held fast, and you let it walk, to keep a roomful of make-believe people whole. Sentimental. It came home to me and told me all about you."
  - holo_route ? fiction: "Then the holodeck: a whole make-believe city burned round my drones to hold one still. You had loved it for years. You didn't look."
  - else: "Then the holodeck, where you {holo_hide.pass.dance:danced with that woman and turned her so my drone would pass her back|sat very still at a little table with that woman and let my drones walk past}. Clever. {holo_hide.tail.reach:I didn't like it. Then you went for the last of them, and she had to hang on to your wrist to stop you. That, I liked.|I didn't like it.}"
  }
}
{
- eva_way ? way_voice: "And on the dish," almost shy, "you spoke to them in my voice. You said *we*, and they listened. They're still talking about it."
- eva_hawk ? hawk_taken: "And on the dish you brought me a gift." Out of an alcove steps a drone, slight, young, forward on his toes: Sean Hawk, looking at nothing. "He thinks you'd have come back for him."
- eva_hands >= 2: "And on the dish you killed one of your own yourself. I felt it from here. I'll treasure it."
- eva_locks_way.hawk_back.call_worf: "And on the dish I sent your helmsman back to you, and you called your Klingon to do what you would not. Still so particular about your own hands."
- eva_way ? way_burned: "And on the dish you burned seven decks of your own people to kill my beacon, knowing. That was the first thing you did that I'd have done."
- eva_way ? way_whole: "And on the dish you closed the feed before you fired, so nothing of yours would burn. So careful with your own, even in a hurry. I was almost proud."
- else: "And on the dish you took my beacon apart one lock at a time. Very patient. I was almost proud of you."
}
{eng_dark >= 2:"And all night you have wanted to come down here. Not for him. For me."|"And all night you have told yourself you were coming down here for him."}
* (lie) [Tell her she is lying]
    "You are lying. You are very good at it. You always were."
    "I don't lie," she says, pleased, close enough to feel the warmth of her. "I say what's true in the order that hurts most." # speaker: The Borg Queen
* (its_true) [Tell her it is true]
    {eng_dark >= 2:
        ~ eng_harden(1)
    }
    "Yes," you say. "All of it."
    It stops her; she had wanted a fight. Then she smiles, slowly, the worst thing you have seen all night. "There. Isn't that a relief?" # speaker: The Borg Queen
    {eng_dark >= 3:It is. That is the horror of it. It is.|It is not. It is only true.}
* (silence) [Say nothing]
    You say nothing. She walks once round you, as round a statue. "You learned that from him," with a glance at Data. "It doesn't suit you." # speaker: The Borg Queen
- -> data

= data
{eng_for_queen:"Now," she says, with a glance at your rifle. "Show him, Data."|"Now," she says. "Show him, Data."} # speaker: The Borg Queen
{eng_hold >= 1:Data holds out his arm. Her fingertip runs up it; the hairs rise, and his eyes close, as a man's do.|Data holds out his arm before she asks. Her fingertip runs up it; the hairs rise; his eyes close.} # pause
{
- eng_hold >= 1 && data_word: When he opens them he is looking at you, and whatever she has done to him, there is something in his look that is steady, and that is yours. You promised. He is keeping it.
- eng_hold >= 1: When he opens them he looks at you, then at her, then at you, and you cannot tell which of you he wants.
- else: When he opens them he is looking at her.
}
{data_lost ? went_back:"I've offered him what he went back for that girl to be: someone. Flesh; air; a hand. For the one thing he's kept from me."|{data_lost ? reached:"I've offered him what you never did, Jean-Luc. Flesh, and the air on it. For the one thing he's kept from me all night."|"I've offered him more than a door to hold: flesh, the air, a hand. For the one thing he's kept from me all night."}} # speaker: The Borg Queen
{eng_hold >= 1:"The command codes," Data says. "She has asked four hundred and eleven times. I have declined each time." A pause. "I find that I am keeping count."|"The command codes," Data says. "She has asked four hundred and eleven times." A pause. "I have declined each time. I am no longer certain why."} # speaker: Data
* (warn) [Tell Data what she is]
    {eng_voice:"Data. Whatever she gives you, she gives the Collective; there will be no you to feel it. I know. She has been in my head since Earth. She is a voice that remembers being someone."|"Data. Whatever she gives you, she gives to the Collective. There will be no you to feel it. She is a voice that remembers being someone."}
    {eng_hold >= 1:"I know, sir. I have been inside her voice for some hours. I know exactly what she is." He does not say what he thinks of it.|Data looks at you politely, the way he looks at a junior officer who has just explained something he already knew. "You have told me that before, sir," he says. "When it was you."}
* (apologise) [Tell Data you are sorry]
    "I am sorry, Data. I should never have {data_lost ? rearguard:left you at that door|{data_lost ? reached:gone for those valves myself|let you go back alone}}."
    {data_lost ? rearguard:"It was a correct order," he says. "I have examined it eleven times." A moment longer. "I would nevertheless have liked a word with it."|"You had reasons," he says. "I have examined them. They were good reasons." A moment longer. "I would nevertheless have preferred that you came sooner."} # speaker: Data
* (choose_free) [Tell him it is his choice]
    "It is your choice, Data," you say. "It always was. Whatever you choose, I won't stop being your friend."
    {eng_dark >= 2:The Queen looks at you sharply, for the first time: she had not expected that from you, of all nights. Data goes very still, thinking with the whole of himself.|The Queen looks at you sharply, for the first time, as if at a move she had not foreseen. Data goes very still, and you know that stillness: he is thinking with the whole of himself.}
- -> offer

= offer
{eng_for_queen:She turns back to you and your lowered rifle. Up close her eyes are ordinary brown.|She turns back to you. Up close her eyes are ordinary brown.}
{eng_voice:"You could stop this. You spoke for us once, Locutus; over Earth you remembered how. I've kept your place."|{eng_dark >= 2:"You could stop this. You were made for me, Locutus. I've kept your place, all your years of no."|"You could stop this," she says softly. "You spoke for us once. I've kept your place."}} # speaker: The Borg Queen
{
- eng_voice && eng_dark >= 3: And you want it. The place she kept is shaped exactly like you, warm as a chair someone has just got up from, and every step since the fleet channel has led to it.
- eng_voice: You can feel the place she kept, shaped like you, since Earth. It is not, quite, the shape you are now.
- else: You know the place she means. You remember every hour of it: not a place but an absence, with your face on it.
}
{eng_lily_word >= 1:And from very far off, a woman who read a book four times in a shelter says, in your head: don't.}
* (give) [Offer yourself in his place]
    ~ eng_offer = true
    "Let him go as he was, and take me instead. Not as a prisoner: as I was. I will not resist you."
    {data_word:Data turns his head. "Captain," he says sharply: the voice of a man who was promised something else.|Data turns his head. "Captain," he says sharply, like a man grabbing someone's sleeve.} # speaker: Data
    {eng_voice && eng_dark >= 3 && not eng_heard:
        -> eng_queen_yes
    }
    {eng_voice:The Queen shakes her head, almost sadly. "Not yet. You're offering so he won't have to choose. I want you as you were over Earth: wanting it. I can wait. He decides today."|The Queen shakes her head, almost sadly. "No. You're offering yourself so he won't have to choose, and I don't want you as a gift. I can wait. He has to decide today."} # speaker: The Borg Queen
* (nothing) [Offer her nothing]
    "No. Not me, not him, not this ship. Nothing from either of us."
    {eng_voice:"You said that over Earth," she says, "just before you let me in."|"Everyone says that," she says, "just before."} # speaker: The Borg Queen
- -> codes

= codes
She turns to Data as if you had been put away. "Now, please." # speaker: The Borg Queen
{eng_sd:
    Data's hands blur on the nearest console, and the self-destruct's count stops with {eng_time >= 2:six|two} minutes on it, and goes out. # pause
}
{
- eng_hold >= 1 && data_word: The codes fall open under his hands, helm, sensors, weapons, ivory to green. He kept them for you, and you watch him spend them.
- eng_hold >= 1: The codes fall open under his hands, system by system, ivory to green. He does not hesitate, and that is not like him.
- eng_for_queen: The codes fall open under his hands, ivory to green: helm, sensors, weapons. Your rifle could not have stopped one.
- else: The codes fall open under his hands, the wall display going green system by system. He does not hesitate at all.
}
Drones take your arms. {eng_for_queen:One takes the rifle from your hands the way a nurse takes a glass from a patient.}
* [Struggle]
    You struggle, uselessly, because it is yours. They hold you the way a wall holds a man who leans on it.
* [Stand still and watch Data's hands]
    {data_word:You watch his hands, fast and sure. They played the violin, dealt cards, held a cat; since Deck Sixteen they have kept codes for you. You look for that in them.|You watch his hands, very fast and very sure. You have watched them play the violin and deal cards and hold a cat, and you look for the one thing in them that is his.}
- "Thank you, Data," the Queen says, as to a friend. # speaker: The Borg Queen
{eng_hold >= 1:He does not answer her. He looks at you, once, and you cannot read his face, and you hold on to that.|He does not answer her. He looks at you, once, and you cannot read his face at all.} # pause
-> eng_flight

// Picard offered himself with the voice all the way in, the obsession at its
// height and Lily unable to reach him: the Queen accepts.
= eng_queen_yes
She does not answer at once. She looks at you, head a little on one side, and you feel her looking from the inside too, all the way down to where the wanting is. # pause
"Yes," she says at last. Very softly. "Yes. Now you mean it." # speaker: The Borg Queen
-> ending_queen
// ---------------------------------------------------------------------------
// The Phoenix flies, seen from engineering; Data's choice; the coolant.
=== eng_flight ===
{
- eng_sd: On the display over the core, Montana: a hole in the ground, your pods' scorch marks in a field beyond, and out of the hole on a column of white, a spark.
- eng_dark >= 2: On the display over the core, out of a hole in Montana, a spark with a tail. The Queen watches it with her head on one side; so do you, with her eyes.
- else: On the display over the core, Montana: burned pines, a hole in the ground, and out of it, on a column of white, a spark with a tail.
}
It climbs. # pause
{
- eng_cb == 3: In that spark is a man who ran into the woods last night and walked out at first light, alone, having nowhere else to be.
- eng_cb == 2: In that spark is a man with a headache and a grudge, carried back to his rocket last night, who climbed in anyway.
- eng_cb == 1: In that spark is a frightened man who ran, and was talked back out of the trees, and is flying his rocket.
- else: In that spark is a frightened man who never ran, flying his rocket with steady hands.
}
{
- phoenix_fix == 2: She flies on a manifold from this ship's replicators, beamed down last night through the Borg's own fields. You hope the Queen cannot know.
- phoenix_fix == 1: She flies on a seam Geordi and Barclay welded by hand at three in the morning.
- else: She flies on a weld Cochrane made himself, sober, at three in the morning.
}
"There it is," the Queen says. "The little flare that makes them come." To Data: "A spread of three. Fire when you have it." # speaker: The Borg Queen
Data's hands go to the console, {eng_hold >= 1:perfectly steady|perfectly steady, which frightens you}. A targeting ring closes round the spark. # pause
* (plead) [Tell him not to]
    "Data. Don't."
    He does not look at you.
* (watch) [Watch his face]
    {data_word:You watch his face, flushed along the jaw, eyes on the display. You look for the man who said he would keep the codes until you came, and cannot find him.|You watch his face. The skin along his jaw is flushed; his eyes do not leave the display. You cannot find him in it.}
* (name) {eng_hold >= 1} [Say his name, once]
    "Data." Only that, {data_word:the way you said it on Deck Sixteen, across the drones|as you did not say it on Deck Sixteen, when you should have}.
    The smallest hesitation. A hundredth of a second, perhaps less; you are not sure you saw it. Then his hands move.
- "Torpedoes away," Data says. # speaker: Data # pause
{eng_hold <= 0:
    {eng_for_queen:
        -> ending_data_taken
    }
    -> ending_phoenix_falls
}
{
- data_word: Three lights leave for the spark; the Queen leans to the display like a woman at a window. All three pass it a hair's breadth wide. Data keeps his promises to the decimal place. # pause
- eng_for_queen: Three lights close on the spark while the Queen leans to the display, and you, disarmed, can only watch. All three pass it a hair's breadth wide. # pause
- data_lost ? reached: Three lights close on the spark, the Queen leaning to the display. They go by it a hair's breadth wide, and the spark climbs on as if nothing had happened. # pause
- else: Three lights leave for the spark; the Queen leans to the display like a woman at a window. All three pass it a hair's breadth wide, and the spark climbs on. # pause
}
The Queen turns her head, slowly, to Data.
"I have considered your offer," Data says, with great courtesy, "four hundred and twelve times. I decline." # speaker: Data
He puts his fist through the coolant tank's housing as if it were paper.
-> coolant

= coolant
{
- not eng_evac: The coolant comes out in a roaring white sheet, heavy along the deck, and the drones come apart in it. The ones holding your nine let go to die, and your nine go up the ladder they came down and out through the hatch, ahead of the white, shouting at you to climb. You climb the core's ladder, above it.
- eng_for_queen: The coolant comes out in a roaring white sheet, heavy along the deck, and the drones come apart in it. The rifle is somewhere in it. You go up the core's ladder, hand over hand, above the white.
- else: The coolant spreads across the deck in a roaring white sheet, and the drones come apart in it. The ones holding you let go to die. You climb the core's ladder, above the white.
}
A hand closes round your ankle. # pause
{eng_dark >= 2:Hers, up out of the coolant, the sheath smoking off her below that perfect face. She pulls, patiently, and part of you goes with the pull.|Hers. She has come up out of the coolant, the sheath smoking off her below that perfect face, and she pulls, patiently, stronger than you.}
"Jean-Luc," she says, almost kindly. "Stay." # speaker: The Borg Queen
{
- eng_dark >= 3: And part of you wants to. Part of you would let go of the rung right now, and go down into the white with her, and not be alone in your head any more.
- eng_dark >= 1: For one moment your hands loosen on the rung. You feel them do it. You hold on.
}
* (look_down) [Look down at her]
    {eng_voice:You look down. Her face is lifted out of the white, not angry, not afraid: waiting for you to come home, as she has waited in your head since Earth. You look straight back, and your hands close on the rung.|You look down. Her face is lifted out of the white, waiting for you to come home, as every night for six years. This time you look straight back, and your hands close on the rung.}
* (kick) [Kick free]
    You kick once, with everything left, and your heel takes her in the face. It is not enough; her hand is still there.
* (hold_on) [Hold on and call for Data]
    "Data!" You hold on. You have never held on to anything so hard.
- {data_word:Then Data comes up through the white below her, skin burning off him, keeping his word to the end, and takes her round the waist as if to dance. She goes down in his arms, eyes on yours.|Then Data comes up through the white below her, the skin burning off him, and takes her round the waist from behind, as if to dance. She goes down into the coolant in his arms, eyes on yours.} # pause
{eng_voice:She does not scream. She looks at you, going down, and for the first time since Earth your head is only yours.|She does not scream. She only looks at you, going down, with an expression you will spend years trying to name.}
-> after

= after
{
- not eng_evac: You vent the coolant with shaking hands. The drones are empty shapes on the grating. Up the ladder, at the hatch, your nine are alive, waiting to be told whether to come back in.
- eng_voice: You vent the coolant into space, and the voice you let in over Earth stops in the middle of a word. The drones lie where they died.
- else: You vent the coolant with hands that will not stop shaking. The drones are empty shapes on the grating; the core pulses blue, and the other sound has stopped.
}
{eng_voice:By the core lies what is left of her, spine and skull, twitching faintly: the voice from Earth, reduced to this.|By the core lies what is left of her: the spine and the skull, still joined, still twitching faintly, like something dreaming.}
* (break) [Break it]
    {eng_dark >= 2:You kneel and break it across your knee, a small dry final sound, and something in you is sorry, and you break that too. You lay the pieces side by side.|You kneel and break it across your knee. It makes a small, dry, final sound. You put the pieces down side by side, as if that mattered.} # pause
* (leave_it) [Leave it. It is over.]
    {eng_voice:You leave it. The twitching slows and stops, the skull's lights going out like windows in a town at night, and in your head there is nobody left to say goodbye to.|You leave it. The twitching slows and stops, and the lights in the skull go out one by one like windows in a town at night. You are glad you did not touch her.}
- {data_word:Data sits by the ruined tank, skin burned off to the circuitry, turning his hand over like an instrument he has not learned. The codes he kept are spent.|Data sits by the ruined tank, bare to scorched circuitry, looking at his hand like an instrument he has not learned to play.}
"Data."
{eng_for_queen:He looks up, at you and then at the rifle's place in the white. "I was tempted, sir. So, I think, were you. I would rather not give you my figure to the decimal place."|{data_lost ? went_back:He looks up. "Captain. I was tempted. I broke an order for Lindqvist and learned I can want things. I wanted that, for a time I would rather not give you to the decimal."|He looks up. "Captain. I was tempted, sir. I considered her offer for a length of time I would rather not give you to the decimal place."}} # speaker: Data
* (how_long) [Ask him how long]
    "How long?"
    Something very like reproach. "Less than a second, sir. I have since spent a good deal longer being ashamed of it, and expect to spend longer still."
* (enough) [Tell him it doesn't matter]
    "It doesn't matter, Data. You chose."
    "It matters to me. I think it will, for some time." He flexes the bare hand. "I think that is what it is for."
* (thank) [Thank Data]
    "Thank you."
    "You came back, sir," he says{data_word:. "As you said. I kept the codes until you did. That was the arrangement."|. "I was not certain you would. I am glad to have been wrong."}
- {data_lost ? went_back:You sit on the deck beside him, as you might beside a crewman who broke an order and was right. Neither of you speaks.|You sit down on the deck beside him, and for a minute neither of you says anything.} # pause
* [Call the bridge]
    {eng_evac:"Picard to the bridge." Nobody answers; your crew are in a field in Montana. You listen to the empty channel anyway. It is the sound of your ship, and she is yours.|"Picard to the bridge." Nobody answers; everyone who could hold a rifle came down the tubes with you. You listen to the empty channel anyway. She is yours.}
* [Say nothing yet]
    Neither of you says anything. The core pulses blue, unbothered. For once nobody needs either of you.
- -> eng_close

// ---------------------------------------------------------------------------
// The crew in the pods, the count run out: the Enterprise dies over Montana.
=== eng_scuttle ===
~ eng_scuttled = true
~ eng_lily_where = lily_pod
{eng_time <= 0:Thirty pods go down over Montana in a long bright line, and you are in the last, hauled in late.|Thirty pods go down over Montana in a long bright line, and you are in the last of them.} # scene: The last escape pod
{
- eng_time <= 0: Through the small port, past Worf's shoulder, you watch your ship hang whole and white in the sunlight, no green to be seen from out here. Somewhere in her is a corridor you did not finish walking. # pause
- eng_dark >= 2: Through the small port your ship hangs white in the sunlight, no green visible from out here. You chose the pod. The part of you that wanted the locker has not forgiven you. # pause
- else: Through the small port you watch your ship, the long white shape of her above the brown country, no green anywhere. She looks as she did the day you took her out of the yards. # pause
}
{eva_hawk ? hawk_alive && eng_pods.hawk_pods:Ahead and below, the other pods are coming down in a line, not a field: Hawk is flying the lead one by hand, and bringing the others down behind him like a string of lights.}
{
- eng_voice: At the last, she speaks to you. "You left him," she says, and she sounds surprised, and then, for the first time since you have known her, she sounds something else. Then she is gone, out of your head, all at once, and the silence where she was is the loudest thing you have ever heard.
- else: You think of Data. You think of him in engineering, counting, keeping the codes. {data_word:You promised him on Deck Sixteen that you would come back. He is there, and you are here.|You never promised him anything. You find that it makes no difference at all. He is there, and you are here.}
}
The light is very white and very silent. Where your ship was there is a spreading glitter, like frost on a window, and then not even that. # pause
{eng_worf:Nobody in the pod says anything. Worf, breathing carefully, puts his hand flat on the port beside yours.|Nobody in the pod says anything. Worf puts his hand flat on the port beside yours, and leaves it there.}
* [Leave your hand beside his]
    {eng_time <= 0:You leave your hand beside the one that hauled you in. Neither of you moves until the glitter is gone.|You leave your hand beside his on the port. Neither of you moves it until the glitter is gone.}
* [Turn away from the port]
    You turn away. You will see it every night for a year; there is no need to watch it now.
* [Say her name aloud]
    {eng_voice:You say the ship's name aloud, once, as at a graveside, into a head that is quiet at last. Worf says it after you.|You say the ship's name aloud, once, as at a graveside. Worf says it after you. Then the pod is quiet.}
- {eng_cb == 3:A minute later, far below, the man who walked back out of the woods rises on a column of white, and keeps rising. Nobody above is there to stop him.|A minute later, far below, something rises out of a hole in the ground in Montana on a column of white, and keeps rising. Nobody above it is there to stop it.} # pause
-> eng_close
// ---------------------------------------------------------------------------
// What Chapter Four leaves: the recap, and the handover to the epilogue.
=== eng_close ===
{eng_scuttled:
    ~ eng_outcome = out_scuttled
    ~ eng_data_lives = false
- else:
    ~ eng_data_lives = true
    {eng_first:
        ~ eng_outcome = out_first_contact
    - else:
        ~ eng_outcome = out_hollow
    }
}
~ eng_queen_dead = true
{eng_scuttled:
    -> recap
}
-> news

= news
The channel to the surface is open before you decide to open it.
* {eng_evac} [Call the pods on the ground]
    {eng_hid:"Picard to all escape pods." Thirty answers from scorched grass in Montana, the last Beverly's: "We saw all three go wide. Is he with you?" You say yes, and ask after her arm. She says it has stopped.|"Picard to all escape pods." Thirty answers from a field of scorched grass, the last of them Beverly's: "We saw all three go wide." Then, differently: "Is he with you?" You tell her yes.}
* {not eng_evac} [Call your people in the tubes]
    {eng_lily_word >= 1:"Picard to all decks." The ones who are left answer from Four and the tubes, and behind Ogawa a voice you know asks whether the rocket made it. You tell them the ship is theirs.|"Picard to all decks." They answer from Deck Four and the tubes: the ones who are left. You tell them the ship is theirs. Somebody cheers, and stops.}
* [Call Will Riker on the surface]
    {eng_cb == 2:"Picard to Riker." Wind behind him, and a radio playing something loud and old. "She flew, Captain. He only speaks to me to complain about his head, but she flew." A pause. "Are you all right, sir?"|{eng_cb == 3:"Picard to Riker." Wind, whooping, an old loud radio. "She flew, sir. He came out of those woods for this, and she flew." A pause. "Are you all right, sir?"|"Picard to Riker." Wind, whooping, a radio playing something loud and old. "She flew, Captain. You should see Zefram's face." A pause. "Are you all right, sir?"}} # speaker: Riker
    You look at Data, and at the empty deck, and at your own hands. "Ask me tomorrow, Will."
* [Call no one yet]
    {eng_voice:You close the channel unanswered. For one more minute this is only yours: a quiet room, a friend, and a head with one voice in it.|You close the channel before anyone answers. For one more minute this is only yours: a quiet room, a friend, and a spark going up over Montana.}
- -> recap

= recap
Chapter Four: the morning of the flight, and what it cost. # pause
{
- eng_bridge.answer.off: When Worf asked for the self-destruct, you called him a coward and sent him off the bridge. {eng_order.sorry:Later, before the whole bridge, you told him you had been wrong.|You never took it back.} # recap
- eng_bridge.answer.insult: When Worf asked for the self-destruct, you called him a coward to his face. He stayed at his post. {eng_order.sorry:Before the self-destruct you told him you had been wrong.} # recap
- eng_bridge.answer.refuse: When Worf asked for the self-destruct, you refused him while there was a deck left to hold. # recap
- else: When Worf asked for the self-destruct, you said you would think about it, and went away to do it. # recap
}
{
- eng_bridge.vote.sleeve: You turned Beverly's wrist to the light in front of everyone, and saw what she had been hiding since sickbay. # recap
- eng_hid: Beverly hid the drone's graze from you until the end, and you let her. # recap
}
{
- eng_reach == 0: Lily did not come to the observation lounge. You decided alone. # recap
- eng_lily_word == 2: In the lounge Lily told you what you were doing, and you said she was right. # recap
- eng_lily_word == 1: In the lounge Lily told you what you were doing. {eng_lounge.admit:You said she was right; she wanted proof, and went before you could give it.|You did not, quite, answer her.} # recap
- else: In the lounge Lily tried to tell you what you were doing, and you sent her out. # recap
}
{eng_lounge.smash:
    You broke the glass over the little ships. One of them broke in half. # recap
}
{
- eng_evac && eng_scuttled: You abandoned ship and set her to destroy herself; the crew went down to Montana in the pods, and in the end so did you. # recap
- eng_evac: You abandoned ship and set her to destroy herself; the crew took the pods, and you went down into engineering alone. # recap
- else: You would not abandon her. Twenty-six went down the Jefferies tubes, deck by deck, and nine reached engineering. # recap
}
{eng_order.call.answer:
    You answered Data's call from engineering. It told the Queen when you were coming, and the pod deck paid for it. # recap
}
{engineering.report.hold_line:
    You held the Deck Eight junction at dawn, and four of Worf's people did not come back from it. # recap
}
{
- eng_scuttled: Data stayed in engineering, keeping the codes, and went with the ship. # recap
- eng_for_queen: You went down with a rifle, for her. Data chose for you both: the torpedoes went wide, and he took her into the coolant. # recap
- else: You went down for Data. The torpedoes went wide of the Phoenix, and he took the Queen into the coolant in his arms. # recap
}
{eng_core.offer.give && not eng_scuttled:
    You offered yourself in his place. She would not take you as a gift. # recap
}
{
- pro_warned && eng_evac: Paul Porter and Yusra Haddad launched the pods. # recap
- pro_warned: Paul Porter and Yusra Haddad went down the tubes with you to the coolant tanks. # recap
- eva_back.taken_one.carry: Porter was lost on Deck Sixteen last night, before you thought to pull him out. Haddad was taken there, and you carried her back in off the hull. # recap
- else: Porter and Haddad went into the tubes on Deck Sixteen last night, before you thought to pull them out{eva_way ? way_burned or eva_way ? way_whole or eva_voice.call.send_off or eva_whole.face.stop_her or (eva_locks_way.hawk_turn and eva_dish.rim.mark):, and Haddad's end came on the dish|}. # recap
}
{
- eva_hawk ? hawk_alive && eng_pods.hawk_pods: Sean Hawk flew the pods down over Montana in a line. # recap
- eva_hawk ? hawk_alive: Sean Hawk lived through the morning. # recap
- eva_hawk ? hawk_taken && not eng_scuttled: {eng_core.knows and not (eva_way ? way_voice):Sean Hawk stood among the drones by the core when the coolant came.|{eng_down.hatch:Sean Hawk was one of the drones you walked past on Deck Thirteen, and he fell where he stood when she died.|Sean Hawk was somewhere among her drones, and fell where he stood when she died.}} # recap
}
{
- eng_cost >= 2: It cost the crew dearly. Nobody will say, after today, that you spent them carefully. # recap
- eng_cost == 1: It cost lives this morning that another morning might not have. # recap
- else: Nobody else died this morning who was still yours when it began. # recap
}
{
- eng_dark >= 3: The voice went with her. You are not sure that what it fed on in you went too. # recap # pause
- eng_dark >= 1: The hunger that went down with you has gone quiet. You do not trust it. # recap # pause
- else: You came through the morning still yourself, and know what it cost to be. # recap # pause
}
-> epilogue
