// Interlude: the surface at Bozeman, the night before the flight. Player: Deanna Troi.
// Between Chapters Three and Four. Scenes: bozeman (the bar, Will, what Cochrane is told),
// boz_sky (the proof), boz_silo (the Phoenix at night; he leaves for air),
// boz_fence (he doesn't run) or boz_woods (he runs, and how he comes back),
// boz_comm (the last repair, and the ship's call), boz_dawn (first light, the recap).
// Reads (text only): pro_away, pro_listened, obsession and lily_trust_picard (copied once as it
// opens, into boz_ob and boz_lily), eva_hawk,
// and whether Picard told Riker about the voice in the ready room (prologue.pro_riker.why).
// Sets: cochrane_told (0..2), cochrane_back (0..3), phoenix_fix (0..2), for the epilogue,
// and cochrane_chose (told everything, let go, came back alone), for its control flow.
// Bookkeeping: boz_drunk, boz_fear (0..3), zeroed as the interlude ends.

// ---------------------------------------------------------------------------
// Entry state: start the interlude from one of four nights aboard. Each sets everything the
// interlude reads and everything Chapter Four and the epilogue read from earlier chapters,
// so the interlude can be verified alone and the chapters after it still see every state.
=== entry_bozeman ===
The surface can hear the ship in more than one state. Which one?
* [The captain holding: the voice kept out, Hawk back aboard, Lily trusting him]
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
    ~ carry_settle()
    ~ assault_order = bring_back
    ~ lily_trust_picard = 3
    ~ obsession = 1
    ~ plan_known = 3
    ~ holo_route = hid
    ~ eva_hawk = hawk_alive
    ~ eva_way = way_locks
    ~ eva_worf_hurt = false
    ~ eva_hands = 0
* [The captain strained: the voice heard once, Hawk taken, Lily wary of him]
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
    ~ carry_settle()
    ~ assault_order = ()
    ~ lily_trust_picard = 1
    ~ obsession = 4
    ~ plan_known = 2
    ~ holo_route = fiction
    ~ eva_hawk = hawk_taken
    ~ eva_way = way_whole
    ~ eva_worf_hurt = true
    ~ eva_hands = 1
* [The captain far gone and still held: the voice let in, Hawk back aboard, Lily still talking to him]
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
    ~ carry_settle()
    ~ assault_order = bring_back
    ~ lily_trust_picard = 2
    ~ obsession = 5
    ~ plan_known = 2
    ~ holo_route = fought
    ~ eva_hawk = hawk_alive
    ~ eva_way = way_burned
    ~ eva_worf_hurt = false
    ~ eva_hands = 1
* [The captain far gone: the voice all the way in, Hawk dead, Lily afraid of him]
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
    ~ carry_settle()
    ~ assault_order = fire_first
    ~ lily_trust_picard = 0
    ~ obsession = 6
    ~ plan_known = 3
    ~ holo_route = fought
    ~ eva_hawk = hawk_lost
    ~ eva_way = way_voice
    ~ eva_worf_hurt = true
    ~ eva_hands = 2
- ~ chapter = 3
-> bozeman

// Keep the interlude's measure of Cochrane's fear in its band.
=== function boz_scare(n) ===
~ boz_fear = clamp(boz_fear + n, 0, 3)

// ---------------------------------------------------------------------------
=== bozeman ===
~ boz_drunk = false
~ boz_fear = 0
~ boz_ob = 0
{
- obsession >= 5: ~ boz_ob = 2
- obsession >= 3: ~ boz_ob = 1
}
~ boz_lily = clamp(lily_trust_picard, 0, 2)
The bar's sign is painted by hand over a door that does not shut. Inside: woodsmoke, engine oil, and liquor made in a bathtub last month. # chapter: Interlude — Bozeman # scene: A bar in the settlement, Bozeman, Montana
You have been here two hours. You found Zefram Cochrane by following the loudest happiness in the settlement, and up close it was not happiness at all. # pause
-> bar

= bar
He dances with the jukebox, feeding it the same song, then drops into the chair opposite and fills your glass before his own. The third time; somebody should count.
"You're the only person in this town who hasn't asked me for anything," he says. "Suspicious. Also attractive. Mostly suspicious." # speaker: Cochrane
Under the noise you feel a man on the edge of something very high, talking fast so nobody notices his knees. # pause
* (pace) [Match him, glass for glass]
    ~ boz_drunk = true
    ~ boz_scare(1)
    You drink when he drinks. It tastes like a fire in a tyre yard.
    "Now that," he says, with real respect, "is a woman with nothing to lose." # speaker: Cochrane
    He drinks faster to stay ahead of you, and the liquor takes down the walls you keep up in a crowd. You feel the whole frightened room at once, and his fear at the centre of it like a struck bell.
* (nurse) [Nurse the glass and let him talk]
    You wet your lips and set the glass down. "I'm pacing myself." # speaker: Troi
    "For what? The world ended. We're in the bit after." He drinks for both of you and talks, and under the talk you listen to the quieter thing that never stops. # speaker: Cochrane
* (water) [Ask the barman for water, and say why]
    You ask the barman for water and get a tin cup of something that was once a well. "I want to remember tonight," you tell Cochrane. "I think it's going to matter." # speaker: Troi
    For a second he has no joke ready. Then: "Nothing in here matters. That's the whole point of in here." But he stops filling your glass, and fills his own less full. # speaker: Cochrane
- "So. Ask me something. Yours has been behind your teeth since you sat down." # speaker: Cochrane
- (talk)
* (t_ship) [Ask him why he built her]
    "Why the Phoenix? Of all the things to build after a war." # speaker: Troi
    "Money." He says it like a password. "What's left of the world will pay to be somewhere else, fast. I build the fast, buy an island where it doesn't snow, and never build anything again." # speaker: Cochrane
    True, as far as it goes. Under it is what he would never say in here: a boy in the ashes of a city, looking up, because up was the only direction that wasn't ruined. You let him see that you heard it. He looks away first.
* (t_lily) [Ask him where Lily is]
    "Where's Lily tonight?" # speaker: Troi
    "At the silo, guarding our investment with a gun older than she is." He laughs, then doesn't. "She went out there when the lights came down out of the sky. I was in here." # speaker: Cochrane
    Lily Sloane is three hundred kilometres straight up, in a ship full of things that want her. "She's being looked after," you say: true, and not enough, and he hears both. # speaker: Troi
    He turns his glass round and round. He is more afraid for her than for himself, and it is the only clean thing you have felt in him all night.
* (t_song) [Ask him about the song]
    "Why that song? You've played it nine times." # speaker: Troi
    "Eleven. It's loud, it's about going somewhere, and the man singing it was never once afraid of anything. It's a beautiful lie." # speaker: Cochrane
    "Are you afraid of something, Zefram?" # speaker: Troi
    "Sobriety." He gets up to feed the jukebox again, and on the way touches the back of your chair, the way you would touch a wall in the dark. # speaker: Cochrane
- {talk < 2: -> talk}
-> will

= will
Will comes in out of the cold with grease to one elbow, takes in the room, and grins when he sees you.
{boz_drunk:
    "Counsellor. How are we?" He sits down carefully beside you, as if you might spill. # speaker: Riker
    "Conducting a cultural assessment." Every word in its place; you are proud of them. # speaker: Troi
    He moves your glass an inch out of reach, and you love him for not saying why. # speaker: Riker
- else:
    {bar.water:"Water. In here. You're braver than I am."|"Still on the first one? You're braver than I am."} # speaker: Riker
    "Someone has to remember tonight, Will." # speaker: Troi
}
"Geordi says she can fly," he says, low, "if Cochrane's sober and working by four. He thinks we're a salvage outfit from back east." # speaker: Riker
{pro_away:The captain stood under that rocket this evening with his face tipped back like a boy's, and then the ship called him home.|The captain never came down; he stayed with the ship.} Since then the ship has sent one call: trouble on Deck 16, keep to the schedule, do not call back. You feel Will holding it still, under the grin. # pause
"He has to be told something, or he won't get in that seat," Will says. "Question is what." He will do what you say. # speaker: Riker
* [Everything. He deserves to know what he's carrying]
    ~ cochrane_told = 2
    ~ boz_scare(2)
    "All of it. Where we're from, who comes tomorrow, what he becomes. If he's going to carry it, he should know the weight." # speaker: Troi
    "Temporal Investigations would have me in a cell for a year." # speaker: Riker
    "They aren't here. He is." # speaker: Troi
* [Only that someone is listening. Not what they'll make of him]
    ~ cochrane_told = 1
    ~ boz_scare(1)
    "That the flight will be heard, and someone will come. Not who, and nothing about what he becomes." # speaker: Troi
    "Why not the rest?" # speaker: Riker
    "Tell a man who has never been anybody that he'll be everybody, and he runs." # speaker: Troi
* [As little as will get him into the seat]
    ~ cochrane_told = 0
    "As little as we can. We're not from here, and whoever fired on his silo wants that ship grounded. The rest he finds out tomorrow, like everyone else." # speaker: Troi
    "It's what I'd have said," Will says, surprised. "You think he'll take a little and not ask for more?" # speaker: Riker
    "He'll ask. He'll be relieved when we don't answer." # speaker: Troi
- -> truth

= truth
In the back corner by the stove, over an unopened bottle, Will tells it, easy and warm, a man letting you in on something. # scene: The back of the bar
{
- cochrane_told == 2:
    The ship in orbit and the three centuries she has crossed. The flight tomorrow, a little after eleven, and the ship passing through that will see it, and land, and not be human. The hundred worlds, the schools, the name. Behind Cochrane's face you feel vertigo: a man who has leaned on a railing and found it isn't there.
- cochrane_told == 1:
    The ship in orbit, from much further on than back east. The flight tomorrow will be seen, and whoever sees it will come. When Cochrane asks who, twice, Will smiles and says some things a man ought to find out for himself.
- else:
    They are from further off than he would believe. What came down out of the sky this evening was aimed at the Phoenix, by someone who wants her kept in her hole, and they would very much like her to fly. When Cochrane asks why, Will says it matters more than he knows, and leaves it there.
}
Cochrane laughs, big, with nothing under it. "You two should go on the road. The salvage was more believable." # speaker: Cochrane
But some part of him has started to believe, and his fear sharpens the way a smell does in cold air. "Prove it." # speaker: Cochrane
* [Show him the ship in the sky]
    -> boz_sky.scope
* [Tell him what he is feeling]
    -> boz_sky.read

// ---------------------------------------------------------------------------
// The proof: the telescope, or Troi reading him.
=== boz_sky ===
= scope
~ boz_scare(1)
On the control block's roof stands a scarred reflector somebody hauled out of a university in the bad years. The whole sky is out, the way it only is over a country that has lost its lights. Will finds her from his combadge's coordinates and steps back. # scene: The control block roof
Cochrane looks for a long time. You feel his jokes go out one by one, like streetlamps. "She's lit up," he says at last. "Somebody's home." # speaker: Cochrane
"About a thousand people," Will says, with the pride he keeps for her, and then goes quiet, wondering what is happening aboard. # speaker: Riker
* [Leave him alone with it]
    You and Will go to the parapet and leave him the sky. When he comes away from the eyepiece he walks straight past you both to the stair, and says over his shoulder that the rocket is not going to fix itself.
* [Stand beside him]
    You stand at his shoulder and say nothing.
    "I spent the war on this roof, watching for bombers coming over the mountains like geese," he says, to the sky. "I never once saw something coming that I wanted." # speaker: Cochrane
- -> boz_silo

= read
"You're afraid of heights," you say. "Of falling, the moment when it's too late to decide not to. You've never flown anything, and you've been drinking since the day you realised someone would have to sit on top of her. And you're more afraid for Lily tonight than for yourself." # speaker: Troi
The bar goes on around you, loud. Cochrane has stopped moving entirely. "Who told you that." # speaker: Cochrane
"Nobody. I can feel it. Where I come from, that isn't so strange." # speaker: Troi
It frightens him, and under the fright something sits down like a man who has walked a long way. You haven't proved the ship. You have proved he isn't alone with it, which tonight may be the better proof. # pause
"Okay," he says. "Okay. Don't do that again." # speaker: Cochrane
* (promise) [Promise him you won't]
    "I won't," you tell him, and mean it, and you both know it's a promise you can't entirely keep. After a while he says the rocket isn't going to fix itself, is it. # speaker: Troi
* [Tell him it isn't only fear you feel]
    "It isn't only fear. There's something smaller in there, older than the war. It wants to go." # speaker: Troi
    He stands so fast the chair goes over, and then only breathes. "Well. It'll have to wait for Lily's torque wrench." He holds out his hand, and walks you out of the bar like a man with somewhere to be. # speaker: Cochrane
- -> boz_silo

// ---------------------------------------------------------------------------
// The Phoenix at night.
=== boz_silo ===
The silo is a lit well in the dark, the rocket standing up through the scaffolding with her nose almost at the lip, generators hammering below. # scene: The Phoenix's silo
Geordi is up the gantry with his arms in her to the shoulder, talking to her like a patient who will live. Reg Barclay, handing up tools, sees who has come down the ladder behind you and drops one. # pause
{pro_away:
    "Captain was here before he went back up," Geordi calls down. "Held the lamp under her belly for an hour and never said a word. Looked about nine years old." # speaker: La Forge
- else:
    "Captain built one of these when he was a kid," Geordi calls down. "Wrong colour, too many fins." He pats the hull. "He's never going to see the real one, is he." # speaker: La Forge
}
Cochrane looks up his own rocket as if it belonged to someone else. {cochrane_told == 2:He knows now who she will be, and cannot look at her straight.|He only knows that strangers have their arms inside her.} # pause
-> gantry

= gantry
He drifts toward the cockpit ladder, where you suspect he keeps a bottle.
* (tool) [Put a tool in his hand]
    ~ boz_scare(-1)
    You hold out the torque wrench from Reg's kit, handle first.
    "Lily's. She'll kill me if I strip anything." But he takes it, and then he is up the gantry elbowing Geordi aside, and for an hour you watch Zefram Cochrane sober, quick and certain, his hands knowing things his mouth would never admit to. # speaker: Cochrane
    Geordi's whole face is lit. Cochrane pretends not to notice, and he is good at pretending.
* (steps) [Keep him with you on the steps]
    You sit on the steps at the foot of the gantry and pat the concrete, and after a while he comes, with the bottle he went to fetch.
    He talks about the war a little, about Lily more than he means to. He has never been higher than the control block roof, and he has a sister in Saskatoon he hasn't written to since the war. His fear settles like a dog told to lie down, and the bottle goes down with the hours.
* (wander) [Leave him to Geordi and walk round her]
    ~ boz_scare(1)
    You walk round her base alone in the cold, your hand out, not quite touching. She's metal; you feel nothing from her. You feel the scaffold instead: Reg's terrible joy, Geordi's concentration, and Cochrane up there being looked at like a monument, hating it, too polite to tell them to stop.
- -> hero

= hero
Past midnight Reg finally says it, in a rush, like a confession. # pause
"Mr. Cochrane, where I come from, everybody knows your name. There's a, we have a..." He looks to Geordi, who is never going to get another chance either, and Geordi grins and opens his mouth. # speaker: Barclay
{cochrane_told == 2:Cochrane knows the shape of it from Will. The details are the part that will hurt.|Cochrane knows none of it. You feel the next sentence coming like a wave, and what it will do to him.}
* (cut) [Cut in before Geordi goes on]
    "Geordi," you say lightly, "how's that intake coming?" # speaker: Troi
    Geordi was a bridge officer long before he was a fan. He shuts his mouth and says it's coming fine, but they could use a pair of hands that know where the bolts went in 2061. # speaker: La Forge
    {cochrane_told == 2:Cochrane looks at you across the scaffold. He knows you stopped something, and roughly what. He doesn't thank you; he doesn't need to.|Cochrane looks from Geordi to you. He knows something was stopped. Not knowing what is its own weight, and he carries it back to the intake.}
    {cochrane_told < 2:
        ~ boz_scare(1)
    }
* (let) [Let Geordi go on]
    Geordi tells him: a school with his name over the door, lessons about tomorrow morning that every child sits through, a statue. He gives it like a gift he has waited his whole life to give, and Reg nods along, shining.
    Cochrane laughs in the right places. He even asks about the statue's nose. Inside him, while he does it, something goes quiet and cold, like a room when somebody shuts the door.
    {cochrane_told == 2:
        ~ boz_scare(1)
    - else:
        ~ boz_scare(2)
    }
- -> air

= air
{
- boz_silo.hero.let:
    Later he climbs down and wipes his hands for longer than they need. "Going up for some air," he says, too brightly. "And a leak. Historic leak. Put it on the statue." # speaker: Cochrane
    Reg laughs, and stops when nobody else does.
- cochrane_told == 2:
    Later he climbs down and wipes his hands for longer than they need. "Going up for some air. Historic leak. Somebody write it down." # speaker: Cochrane
    He doesn't look at you on his way to the ladder; he has had enough tonight of people who can see what he carries.
- else:
    Later he climbs down and wipes his hands for longer than they need. "Going up for some air. Whatever your friend was about to tell me can keep." # speaker: Cochrane
    The unsaid thing goes up the ladder with him.
}
{boz_fear >= 2:His fear is so loud now it has gone quiet, the way a high note goes past hearing. You have felt that in people on the edges of things.|His fear is the ordinary kind: a cigarette and a minute under the sky.} # pause
* (follow) [Go up after him now]
    You climb after him{boz_drunk:, and the rungs are not entirely where you left them}.
    {boz_fear <= 1:
        -> boz_fence
    - else:
        At the top you see him at the fence line. He looks back once, sees you, and is through the gap in the wire and running into the woods. {boz_silo.hero.let:Whatever Geordi handed him at the intake, he is running from it.|{cochrane_told == 2:He knew what he would be before Geordi opened his mouth; sparing him the second telling was not enough.|He is running from a sentence nobody finished.}}
        -> boz_woods
    }
* (tell) [Tell Will he's going to run]
    "He's going," you tell Will at the generator, quietly. "Not for air." # speaker: Troi
    Will doesn't ask how you know. He never has. He takes a hand phaser from the kit bag and goes up the ladder two rungs at a time.
    {boz_fear <= 1:At the top you know you were wrong. He had been standing at the fence with his fingers in the wire, going nowhere, until he heard a big man on the ladder and saw what was in Will's hand. The gap in the wire is still swinging.|By the time you and Geordi reach the top, the gap in the wire is swinging, and the woods have them both.}
    -> boz_woods
* (leave) [Let him have his air]
    You let him go. He has had you at his elbow all night.
    {boz_fear <= 1:
        For ten minutes you feel him up there, not moving, like someone in the next room. Then you go up to find him.
        -> boz_fence
    }
    Eight minutes later the quiet fear starts to move, and to move away. At the top the gap in the fence is swinging. Will comes up behind you, sees your face, and swears.
    -> boz_woods

// ---------------------------------------------------------------------------
// He doesn't run: Troi reaches him at the fence.
=== boz_fence ===
~ cochrane_back = 0
He is at the fence{boz_silo.air.leave: still}, not going through it: fingers hooked in the wire, looking at the black line of the trees. He hears you coming and doesn't turn round. # scene: The fence line
"I was going to," he says. "Just so you know. There's a truck on the old county road with half a tank in it. I was going to Canada. I have a sister in Saskatoon." # speaker: Cochrane
You stand beside him at the wire. Overhead the one star that moves is crossing from the mountains to the plains.
* [Ask him why he didn't]
    "Why didn't you?" # speaker: Troi
    He thinks about it honestly, which takes a while. "Because you'd have come after me, and been nice about it, and I'd have had to live with running from the one woman in Montana who was nice about it." He lets go of the wire. "Also, I think the truck's been stolen." # speaker: Cochrane
* [Tell him it's all right to be afraid]
    "It's all right to be afraid of it. Everyone who has done anything like this was afraid. Not the bravery speech: I've sat with them, and they were." # speaker: Troi
    "Were they drunk?" # speaker: Cochrane
    "Some of them." # speaker: Troi
    He laughs, for real this time, and it loosens something on the way through. "Then I'm in good company. Terrible company. The best." # speaker: Cochrane
- You walk back together. At the top of the ladder he looks down at her in her well of light, and for the first time all night he looks at her without flinching. # pause
"Don't tell Lily I nearly went." # speaker: Cochrane
"I won't," you say. It is a promise you can keep. # speaker: Troi
-> boz_comm

// ---------------------------------------------------------------------------
// He runs, and how he is brought back.
=== boz_woods ===
Beyond the wire the lodgepole pines stand black on black over needles and ash and the bones of a road nobody has driven since the war. # scene: The woods above the silo
{boz_silo.air.tell:Will has stopped at the treeline to wait for you, a phaser in one hand and a tricorder in the other; he has lost Cochrane among the trunks.|Will catches you up at the treeline with a phaser in one hand and a tricorder in the other.} Geordi sweeps the slope with his implants and shakes his head. "The whole ridge is still warm from the strike. Every rock out here looks like a man to me." # speaker: La Forge
"Too much iron in these hills," Will says of his tricorder. "He could be anywhere." # speaker: Riker
He isn't anywhere. He is up and to the left, three or four hundred metres, slowing: you feel him like a draught in a house, a thread of cold with a direction. Frightened, ashamed, and under both, enormously relieved. # pause
-> track

= track
"Deanna." Will knows your face in the dark. "Where is he?" # speaker: Riker
* (lead) [Lead Will to him]
    "Up the slope. He's stopped running. He thinks he's lost us." # speaker: Troi
    Will goes first, quiet for a big man, and you follow the thread of cold and whisper him left, and left again, down into a gully where the old road crosses a creek on a culvert that has half fallen in.
    -> creek
* (alone) [Go on alone; ask Will to hold back]
    "Let me go to him alone. If he sees you with that, he'll run until his heart gives out." # speaker: Troi
    Will looks at the phaser, and at you, and at the dark. "It's a long way to the launch, Deanna. We don't have the hours to lose him twice." # speaker: Riker
    "Then I won't lose him." # speaker: Troi
    He doesn't like it. He lets you go, and keeps twenty metres behind you all the way up the slope.
    -> talk
* (freeit) [Tell Will to let him go]
    -> letgo

= letgo
"Let him go, Will." # speaker: Troi
He stares at you. "Go where? Canada?" # speaker: Riker
"Wherever he's going. If we drag him to that seat tonight, he flies tomorrow because three strangers made him, and you've read the history books. That isn't the man who flew." # speaker: Troi
"The history books say he flew," Will says. "They don't say anything about the night before." His voice is tight. Somewhere above you the ship he loves is in trouble he cannot see, he has one job on this planet, and you are asking him to gamble it. # speaker: Riker
* (hold) [Hold to it]
    ~ cochrane_back = 3
    "Trust me. I've been inside him all night. He wants to come back. He needs to be the one who does it." # speaker: Troi
    It is a long time before Will answers. You feel what it costs him, his whole instinct for the sure thing set down against your word. Then he puts the phaser back on his belt.
    "If you're wrong," he says, "I'll never say so. Which will be worse." # speaker: Riker
    The three of you walk back down to the silo without him. The thread of cold goes on up the ridge in the dark, and a little before two it stops moving. It doesn't come back. It doesn't go any further either. # pause
    -> boz_comm
* [Give way, and go after him with Will]
    You look up at the thread of cold in the dark and find you cannot bet the morning on it. "All right. Up the slope. He's stopped." # speaker: Troi
    Will goes first, and you whisper him left, and left again, down into a gully where the old road crosses a creek on a culvert that has half fallen in.
    -> creek

= creek
He is sitting on the broken culvert with his shoes in the water, as if he had forgotten he was running. When the tricorder's light touches him he is up and away, splashing, up the far bank, fast for a drunk man in the dark. # pause
Will brings the phaser up. You feel his decision start, the one he makes on away missions, quick and clean and without malice. He is giving you half a second to say otherwise.
* (stun) [Let him fire]
    ~ cochrane_back = 2
    You say nothing. The orange light touches Cochrane's back at the top of the bank, and he goes down among the pine needles as if his strings were cut.
    Will reaches him in six strides and turns him on his side. "He's fine. He'll sleep till morning and blame the headache on the liquor." He looks up at you. "That's the easy way, Deanna. I know it is." # speaker: Riker
    "It's the quick way. I'm not sure it's the easy one." # speaker: Troi
    Will and Geordi carry him down between them like a friend after a wedding. Even unconscious he is frightened; the fear has nowhere to go now, and sits in him like water in a stopped pipe.
    -> boz_comm
* (call) [Call his name instead]
    "Zefram!" It is not loud. It doesn't need to be: you put everything you have felt from him tonight into his own name and throw it up the bank after him. # speaker: Troi
    He stops at the top and doesn't turn round. You put your hand on Will's wrist, push the phaser down, and go up the bank alone.
    -> talk

= talk
You find him {boz_woods.creek:at the top of the bank, in a clearing where a house once stood|in the shell of a house at the top of the slope, sitting on what is left of a hearth}. There is a chimney and nothing else; the war burned the rest, and the pines have grown up where the rooms were. # pause
{boz_drunk:
    Coming into the clearing, the ground does something treacherous and you sit down hard among the needles with your ankle turned under you. It isn't bad. It is very undignified.
    Cochrane looks at you a long moment, then kneels and feels the ankle with hands that are suddenly steady. "Sprained. Not broken. Congratulations. You're drunker than me." # speaker: Cochrane
- else:
    He sees you and doesn't move. He is shaking; the cold has got in through his shirt. You put your jacket round his shoulders, and he lets you.
}
"I'm not him," he says. "Whoever it is you came for. {cochrane_told == 0:Whatever you need him to be, you've got the wrong man. You don't even tell me what it is.|You've got the wrong man. You've got a drunk with a rocket.}" # speaker: Cochrane
* [Tell him what you feel in him]
    "I won't tell you who you are. I'll tell you what I feel: a man terrified of falling, who built the tallest thing in Montana anyway and climbed it every day for six years. That isn't the wrong man. That's exactly the man it takes." # speaker: Troi
    {
    - boz_sky.read.promise:
        He looks at the chimney a long time. "You promised you wouldn't do that." # speaker: Cochrane
        "I know. I knew when I said it that I couldn't keep it all the way. I'm sorry." # speaker: Troi
    - boz_sky.read:
        He looks at the chimney a long time. "I asked you not to do that again." # speaker: Cochrane
        "You did. I never said I wouldn't." # speaker: Troi
    - else:
        He looks at the chimney a long time. "How would you know what I feel?" # speaker: Cochrane
        "I've felt it all night, from across the table. Where I come from, some people can. I'm one of them." # speaker: Troi
    }
* [Ask him who he was running to]
    "Who's up north?" Since he went through the wire you have felt him pointed north like a compass needle. # speaker: Troi
    He is quiet a while. "My sister. Saskatoon. She thinks I'm dead, or a drunk, depending which letter she got last. I haven't written since the war. I was going to turn up on her step and be nobody." # speaker: Cochrane
    "Then fly tomorrow, and write to her the day after. Tell her in your own words, before anybody else tells her in theirs." # speaker: Troi
    He laughs despite himself, a short sound that startles something in the pines. "She'd never believe it." # speaker: Cochrane
    "Then tell her anyway." # speaker: Troi
* [Tell him the people above are frightened too]
    "Do you want a secret? {boz_sky.scope:The ship you saw tonight|The ship we came from} is in trouble. The people on her are frightened, and still doing their jobs, and one of them built a model of your rocket when he was nine and would give anything to be where you're sitting." # speaker: Troi
    Cochrane looks up through the pines for the moving star, can't find it, keeps looking. "They're in trouble up there. And you came out here after me." # speaker: Cochrane
    "Yes." # speaker: Troi
- ~ cochrane_back = 1
You don't ask him to come back. He decided a minute ago, under the words; he is waiting for his legs to agree. {boz_drunk:In the end your ankle settles it: he hauls you up, complaining all the way, and you go down through the pines like the last pair home from a dance, Will falling in behind at a tactful distance.|In the end he stands, gives you back your jacket, and walks down through the pines ahead of you, Will falling in behind at a tactful distance.} # pause
"For the record," Cochrane says at the wire, "I was coming back anyway." # speaker: Cochrane
"I know," you say. You do. # speaker: Troi
-> boz_comm

// ---------------------------------------------------------------------------
// Three in the morning: the last repair, and the ship's call.
=== boz_comm ===
Three in the morning, and the intake manifold is still in two pieces on the tarpaulin. # scene: The Phoenix's silo
{
- cochrane_back == 0 || cochrane_back == 1:
    Cochrane is up on the gantry beside Geordi, swearing at it tenderly. {boz_drunk:You sit on the bottom step, your ankle in Reg's idea of a field dressing: most of a roll of tape.|You sit on the bottom step with something hot.}
- cochrane_back == 2:
    Cochrane sleeps on the tarpaulins under Will's coat, mouth open. Now and then he says something to Lily and frowns.
- else:
    Cochrane is not here. For an hour you have sat on the bottom step feeling the thread of cold on the ridge not move.
}
"The manifold takes the whole warp field on start-up, and the weld on its main seam is garbage," Geordi says. "Wrong rod, and the only rod in Montana. It has to be redone or replaced by sunrise. {cochrane_back >= 2:With him {cochrane_back == 2:asleep|up on that ridge}, that's Reg and me by hand, or a new one from the ship. Your read, Counsellor?|There are three ways, and two of them are questions about him. Your read, Counsellor?}" # speaker: La Forge
* (his) {cochrane_back <= 1} [Let Zefram redo the weld himself]
    ~ phoenix_fix = 0
    "Give it to him. It's his seam. Let him finish what he started." # speaker: Troi
    "He'll have to do it sober," Geordi says. # speaker: La Forge
    He is. You feel the steadiness that came at the {boz_fence:fence|chimney}, like a keel under the water. Cochrane pulls his goggles down and lights the torch, and the gantry fills with blue light.
* (geordi) [Let Geordi and Reg redo it by hand]
    ~ phoenix_fix = 1
    "You and Reg, by hand. {cochrane_back >= 2:It shouldn't wait on him.|He's done enough tonight. Let him watch someone else sweat.}" # speaker: Troi
    "Twenty-first-century rod, twenty-fourth-century hands. It'll hold." Geordi grins, a little wildly. "Reg, the good gloves." # speaker: La Forge
    They take turns on their backs under the seam until nearly five, Reg reading the metal's temperature aloud like a prayer.
* (ship) [Ask the ship for a replacement]
    ~ phoenix_fix = 2
    "Ask the ship. If it has to be right, let it be right." # speaker: Troi
    Geordi winces. "A part from three hundred years on, in the first warp ship. The historians would kill me. It'd work perfectly, though." # speaker: La Forge
- The ship calls first. # pause
"Picard to Riker." # speaker: Picard
The voice from Will's badge is small with distance. You would know it anywhere, and you know at once that something has happened to it. # pause
{
- boz_ob == 2:
    It is perfectly steady, and that is what is wrong: every word set down exactly, without a tremor, the way the Collective sounded in his mouth six years ago on a viewscreen.
- boz_ob >= 1:
    It is clipped, a man speaking through his teeth: a thin coat of courtesy over something walking up and down.
- else:
    It is tired, a man hours into hard things. Under it, he is still himself.
}
{pro_listened == 2:You saw it in his face on the bridge, over Earth, when he let the voice in. Three hundred kilometres of night away, you can hear it still.}
The Borg came across when the shields went down, he says, and hold decks. What they were building on the deflector to call their own kind is stopped; he does not say how. Data is in engineering, with them. Beverly has her wounded on Deck Eleven. {eva_hawk ? hawk_lost:Lieutenant Hawk went out onto the hull with him and did not come back in.|{eva_hawk ? hawk_taken:Lieutenant Hawk went out onto the hull with him, and the Borg have him now.}} {boz_ob == 2:He says the Borg's name as if it were a colleague's.|{boz_ob >= 1:He says "the Borg" like a sum he has nearly finished.|He says "the Borg" as if it costs him something each time, which it does.}}
"Will. Tell me the Phoenix flies in the morning." # speaker: Picard
Will glances at you, not for the answer: for the voice. How bad? You shake your head a little. Later.
"She flies, sir. {phoenix_fix == 2:Geordi needs one part, a manifold, if the transporter can spare a second.|We're doing the last of it now.}" # speaker: Riker
{phoenix_fix == 2:
    {
    - boz_ob == 2:
        "You'll have it, instantly. Whatever she needs. Nothing else they want can matter, if that does." Someone on the bridge begins to object, about a lock through the Borg's fields, and he does not let them finish. # speaker: Picard
    - else:
        A pause, the bridge murmuring behind him. "Mr. Worf says he can hold a lock for four seconds, and would rather not. You'll have your part, Geordi. Make it worth it." # speaker: Picard
    }
    Four minutes later the manifold shimmers onto the tarpaulin, perfect, faintly warm, and a very long way from home.
}
"And Mr. Cochrane?" # speaker: Picard
{
- cochrane_back == 3:
    "Up on the ridge, sir," Will says, not looking at you. "Thinking it over." # speaker: Riker
    A silence long enough to hear the bridge breathe. "I see." {boz_ob == 2:"Then bring him down. However you have to."|"Then I hope he thinks well."} # speaker: Picard
- cochrane_back == 2:
    "Asleep, sir. He took a run at the woods. I stunned him." # speaker: Riker
    {boz_ob == 2:"Good," the captain says, and nothing else, and the word sits in the cold air of the silo like a stone.|"Ah." There is almost a smile in it, tired as it is. "See that he wakes up in a good mood, Number One."} # speaker: Picard
- else:
    "Here, sir. He's with us." # speaker: Riker
    {cochrane_back == 1:Will doesn't mention the woods. On the gantry, Cochrane looks down at him with something like gratitude.}
}
{
- boz_lily == 2:
    "Lily Sloane is with me, on the bridge. {cochrane_back <= 1:Mr. Cochrane, she|She} asks me to say that if you scratch the paint, she'll know. And that you owe her a drink. I believe the second part was the important part." # speaker: Picard
- boz_lily == 1:
    "Lily Sloane is aboard. She is safe, for the moment. She asked after Mr. Cochrane." He stops as if there were more, and decides there isn't. # speaker: Picard
- else:
    "Lily Sloane is aboard, and alive." A pause. "She doesn't wish to speak to me. I don't altogether blame her." # speaker: Picard
}
{cochrane_back <= 1:On the gantry Cochrane has gone still. What goes through him at her name is not fear. It's what fear is for.|You will have to tell Cochrane that in the morning, and you want to be the one who does.}
* [Ask the captain how he is]
    "Captain, it's Deanna. How are you?" # speaker: Troi
    {
    - boz_ob == 2:
        "Occupied, Counsellor. Picard out." The channel closes before you can say that was not what you asked. # speaker: Picard
    - boz_ob >= 1:
        The smallest breath. "Busy, Counsellor. Ask me again when this is over." He closes the channel. He did not say no. # speaker: Picard
    - else:
        A pause. Then, quietly, as if across a table: "Afraid, Deanna. And doing it anyway. Get them flying. Picard out." # speaker: Picard
    }
* [Let Will close it]
    Will promises a call at first light, and the captain says {boz_ob == 2:"Do,"|"Please,"} and is gone. At once you wish you had said something, and don't know what.
- Will keeps his hand on the dead badge. {prologue.pro_riker.why:You feel him remembering the ready room on the border, and the captain saying he could not swear the Collective had gone out of his head. }"How bad?" he says, not looking at you. # speaker: Riker
{
- boz_ob == 2:
    "Bad. Not the ship. Him." There is no way to say it that isn't the truth. "He's enjoying it, Will." # speaker: Troi
- boz_ob >= 1:
    "He's holding. Barely. He's angry, and he hasn't noticed yet how much." # speaker: Troi
- else:
    "He's frightened, and he knows it. That's good. It's when he stops knowing that I'll worry." # speaker: Troi
}
-> boz_dawn

// ---------------------------------------------------------------------------
// First light.
=== boz_dawn ===
A little after five the sky over the mountains goes the colour of the inside of a shell, and the floodlights start to look tired. # scene: The silo at dawn
{
- cochrane_back == 3:
    -> alone
- cochrane_back == 2:
    Cochrane wakes with the light and sits up holding his head. "You shot me," he tells Will. "With a flashlight." # speaker: Cochrane
    "I stunned you." # speaker: Riker
    "There's a difference?" He gets up, very slowly. "Tell me there's coffee in the future, or I'm not going." But he climbs the gantry a rung at a time and lays his hand on the {phoenix_fix == 2:new manifold, and snatches it back as if it were warm in a way he didn't like|new weld, running his thumb along somebody else's work}. # speaker: Cochrane
    The fear is still in him. It has nowhere to go now but into the flight, and it settles there, heavy, and stays.
- else:
    Cochrane hasn't slept. At a quarter to six he sits down on the step beside you, smelling of solder{phoenix_fix == 0:, trying very hard to hide how pleased he is. It's his weld. He has checked it four times|}.
    "So," he says. "This is the morning." # speaker: Cochrane
    The fear will be there when the booster lights. But it has a floor under it now, and he is standing on it.
}
-> last

= alone
At twenty past six, the thread of cold on the ridge begins to move.
It stops at the treeline for a long time, and beside you Will doesn't breathe. Then a figure comes out of the pines in the grey light, hands in its pockets, through the gap in the wire to the top of the ladder, and stands looking down at all of you.
"I sat up there thinking that if I went, you'd let me," Zefram Cochrane says. "And then I couldn't think of anywhere to go." He climbs down and looks at the Phoenix, {phoenix_fix == 2:at the strange bright part in her belly he didn't put there,|at the new seam on her intake he didn't weld,} and then at you. "Somebody finished her without me." # speaker: Cochrane
"Somebody finished the intake. She isn't finished without you." # speaker: Troi
You tell him what the captain said about Lily. {boz_lily == 2:He listens with his eyes shut, and laughs at the part about the paint, and then doesn't.|{boz_lily == 1:He listens with his eyes shut. "Safe," he says. "Okay. Safe is good."|He listens with his eyes shut. "Alive," he says. "Okay. I can work with alive."}}
Will lets out the breath he has held since two, and puts his hand on your shoulder, and leaves it there. # pause
-> last

= last
{cochrane_back == 2:While Geordi is busy at the seam you tell Cochrane what the captain said about Lily. {boz_lily == 2:He listens with his eyes shut, says something you don't catch, and then again: "Her paint. Of course."|{boz_lily == 1:He listens with his eyes shut. "Safe," he says. "Okay. Safe is good."|He listens with his eyes shut. "Alive," he says. "Okay. I can work with alive."}}}
Cochrane looks up the open silo at the paling sky, where in a few hours he will punch a hole through it. # pause
"What do I say to them?" {cochrane_told == 0:"Whoever's going to be watching. You won't even tell me who."|{cochrane_told == 1:"Whoever's listening. The ones who come."|"The ones who come. I know who. I still don't know what to say."}} # speaker: Cochrane
* [Tell him to say whatever's true]
    "Whatever is true when you see them. You're better at the truth than you pretend." # speaker: Troi
    "Nobody's ever accused me of that." # speaker: Cochrane
    "Nobody's ever been listening properly." # speaker: Troi
* [Tell him to play them his song]
    "Play them your song. Loud. If they're worth meeting, they'll want to know what we sound like." # speaker: Troi
    For a moment you think he'll make a joke of it. Then he nods, as if you had given him a specification. "Loud. Okay." # speaker: Cochrane
* [Tell him you don't know]
    "I don't know. I don't think anybody does. That's what makes it a first." # speaker: Troi
    He laughs, a real one, from low down. "Lady, you are a terrible counsellor." # speaker: Cochrane
    "I'm off duty." # speaker: Troi
- Somewhere above the white sky your ship goes round, too far to feel. You feel the man beside you instead: frightened, and tired, and here. # pause
It is enough for one night. # pause
-> recap

= recap
The night before the flight. # pause
{
- cochrane_told == 2: At your word, Will told Zefram Cochrane everything: the ship, the visitors who come tomorrow, what he becomes. # recap
- cochrane_told == 1: At your word, Will told Zefram Cochrane his flight will be heard and answered, and nothing of what he becomes. # recap
- else: At your word, Will told Zefram Cochrane as little as would get him into the seat. # recap
}
{
- cochrane_back == 0: He nearly ran. You reached him at the fence, and he walked back beside you. # recap
- cochrane_back == 1: He ran into the woods; you went after him without a phaser, and he came back on his own feet. # recap
- cochrane_back == 2: He ran into the woods, and you let Will stun him. He woke under his rocket with a headache and a grudge. # recap
- else: He ran into the woods, and you made Will let him go. He came back alone at first light. # recap
}
{
- phoenix_fix == 0: Cochrane redid the intake weld himself, sober, at three in the morning. # recap
- phoenix_fix == 1: Geordi and Reg redid the intake weld by hand, with the only rod in Montana. # recap
- else: The Phoenix flies with a manifold from the Enterprise's replicators, beamed down through the Borg's fields. # recap
}
{
- boz_ob == 2: On the channel at three in the morning the captain sounded like something else. You have told Will, and no one else. # recap
- boz_ob >= 1: On the channel at three in the morning the captain sounded like a man holding a door shut. # recap
- else: On the channel at three in the morning the captain sounded afraid, and like himself. # recap
}
~ cochrane_chose = cochrane_told == 2 && cochrane_back == 3
~ boz_drunk = false
~ boz_fear = 0
-> engineering
