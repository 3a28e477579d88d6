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
A hand-painted sign, bathtub liquor, and a jukebox fed the same song all night. # chapter: Interlude — Bozeman # scene: A bar in the settlement, Bozeman, Montana
You are Deanna Troi, ship's counsellor, two hours into a bar you would not have chosen, and you already know that Zefram Cochrane's loud happiness is not happiness at all. # pause
-> bar

= bar
He fills your glass before his own. The third time.
"You're the only person in town who hasn't asked me for anything. Suspicious." # speaker: Cochrane
Under the noise: a man on a high edge, talking so nobody notices his knees. # pause
* (pace) [Match him, glass for glass]
    ~ boz_drunk = true
    ~ boz_scare(1)
    You drink when he drinks. It tastes like a fire in a tyre yard.
    "Now that," he says, with real respect, "is a woman with nothing to lose." # speaker: Cochrane
    The liquor takes down the walls you keep up in a crowd. You feel the whole frightened room at once, and his fear at the centre of it like a struck bell.
* (nurse) [Nurse the glass and let him talk]
    You wet your lips and set the glass down. "I'm pacing myself." # speaker: Troi
    "For what? The world ended. We're in the bit after." He drinks for both of you and talks, and under the talk you listen to the quieter thing that never stops. # speaker: Cochrane
* (water) [Ask the barman for water, and say why]
    You ask for water. "I want to remember tonight," you tell Cochrane. "I think it's going to matter." # speaker: Troi
    For a second he has no joke ready. Then: "Nothing in here matters. That's the whole point of in here." But he stops filling your glass, and fills his own less full. # speaker: Cochrane
- "So. Ask me something." # speaker: Cochrane
- (talk)
* (t_ship) [Ask him why he built her]
    "Why the Phoenix?" # speaker: Troi
    "Money. Then an island where it doesn't snow." # speaker: Cochrane
    Under it, unsaid: a boy in a burned city, looking up. You let him see you heard it.
* (t_lily) [Ask him where Lily is]
    "Where's Lily tonight?" # speaker: Troi
    "At the silo, with a gun older than she is." # speaker: Cochrane
    She is three hundred kilometres straight up. "She's being looked after," you say, and he hears that it isn't enough. # speaker: Troi
    He is more afraid for her than for himself: the one clean thing in him.
* (t_song) [Ask him about the song]
    "Why that song? Nine times now." # speaker: Troi
    "Eleven. The singer was never afraid of anything. A beautiful lie." # speaker: Cochrane
    "Are you afraid of something, Zefram?" # speaker: Troi
    "Sobriety." Passing, he touches your chair like a wall in the dark. # speaker: Cochrane
- {talk < 2: -> talk}
-> will

= will
Will comes in, grease to the elbow, and grins.
{boz_drunk:
    "Counsellor. How are we?" He sits carefully, as if you might spill. # speaker: Riker
    "Conducting a cultural assessment." Every word in its place. # speaker: Troi
    He moves your glass out of reach, and you love him for not saying why. # speaker: Riker
- else:
    {bar.water:"Water. In here. You're braver than I am."|"Still on the first one? You're braver than I am."} # speaker: Riker
    "Someone has to remember tonight, Will." # speaker: Troi
}
"She flies if he's sober by four," Will says. "He thinks we're salvage buyers." # speaker: Riker
{pro_away:The captain stood under that rocket this evening, face tipped back like a boy's, before the ship called him home.|The captain never came down; he stayed with the ship.} It has sent one call since: trouble on Deck 16, keep to the schedule, don't call back. Will is still holding it, under the grin. # pause
"What do we tell him?" He will do what you say. # speaker: Riker
* [Everything. He deserves to know what he's carrying]
    ~ cochrane_told = 2
    ~ boz_scare(2)
    "All of it: where we're from, who comes tomorrow, what he becomes." # speaker: Troi
    "Temporal Investigations would have me in a cell." # speaker: Riker
    "They aren't here. He is." # speaker: Troi
* [Only that someone is listening. Not what they'll make of him]
    ~ cochrane_told = 1
    ~ boz_scare(1)
    "That the flight will be heard, and answered. Not by whom. Tell him what he becomes and he runs." # speaker: Troi
* [As little as will get him into the seat]
    ~ cochrane_told = 0
    "As little as we can: we're not from here, and whoever fired on his silo wants that ship grounded." # speaker: Troi
- -> truth

= truth
By the stove, Will tells it, easy and warm. # scene: The back of the bar
{
- cochrane_told == 2:
    The ship in orbit. The flight tomorrow, the visitors it brings, who are not human. The hundred worlds, the name. Behind Cochrane's face you feel vertigo.
- cochrane_told == 1:
    The ship in orbit; the flight will be seen, and whoever sees it will come. When Cochrane asks who, Will only smiles.
- else:
    They are from further off than he'd believe, and what came out of the sky this evening was aimed at the Phoenix. When Cochrane asks why, Will says it matters.
}
Cochrane laughs, with nothing under it. "The salvage was more believable." # speaker: Cochrane
But part of him believes already. "Prove it." # speaker: Cochrane
* [Show him the ship in the sky]
    -> boz_sky.scope
* [Tell him what he is feeling]
    -> boz_sky.read

// ---------------------------------------------------------------------------
// The proof: the telescope, or Troi reading him.
=== boz_sky ===
= scope
~ boz_scare(1)
On the control block's roof Will finds the Enterprise in an old telescope and steps back. # scene: The control block roof
Cochrane's jokes go out one by one, like streetlamps. "She's lit up. Somebody's home." # speaker: Cochrane
* [Leave him alone with it]
    You leave him the sky. When he comes away he goes straight to the stair.
* [Stand beside him]
    You stand at his shoulder and say nothing.
    "I watched for bombers from this roof, all through the war," he says. "Never once saw something coming that I wanted." # speaker: Cochrane
- -> boz_silo

= read
"You're afraid of falling," you say. "You've been drinking since you realised someone would have to sit on top of her. And you're more afraid for Lily than for yourself." # speaker: Troi
"Who told you that." # speaker: Cochrane
"Nobody. I can feel it." # speaker: Troi
You haven't proved the ship; you've proved he isn't alone with it. # pause
"Okay. Don't do that again." # speaker: Cochrane
* (promise) [Promise him you won't]
    "I won't," you tell him, and mean it, and you both know it is a promise you cannot entirely keep. # speaker: Troi
    He nods, and looks at the stove, and after a while he says the rocket is not going to fix itself, is it.
* [Tell him it isn't only fear you feel]
    "It isn't only fear," you tell him. "There's something else in there. It's smaller. It's been there since before the war. It wants to go." # speaker: Troi
    He stares at you, and then he gets up so fast the chair goes over, and for a moment you think you have lost him. But he only stands there, breathing. "Well," he says, "it's going to have to wait for Lily's torque wrench." He holds out his hand, and you take it, and he walks you out of the bar like a man who has somewhere to be. # speaker: Cochrane
- -> boz_silo

// ---------------------------------------------------------------------------
// The Phoenix at night.
=== boz_silo ===
The silo is a lit well, the rocket standing up through it. # scene: The Phoenix's silo
Geordi is up the gantry. Reg Barclay sees Cochrane and drops a spanner. # pause
{pro_away:
    "Captain held the lamp for me under her for an hour," Geordi calls. "Looked about nine." # speaker: La Forge
- else:
    "Captain built a model of her as a kid," Geordi calls. "Too many fins. He's never going to see the real one, is he." # speaker: La Forge
}
Cochrane looks up his rocket as if it were someone else's.{cochrane_told == 2: He knows now who she will be.} # pause
-> gantry

= gantry
He drifts toward the bottle in the cockpit.
* (tool) [Put a tool in his hand]
    ~ boz_scare(-1)
    You hold out the torque wrench from Reg's kit, handle first.
    "Lily's. She'll kill me if I strip anything." But he takes it, elbows Geordi aside, and for an hour you watch Zefram Cochrane sober and certain, his hands knowing what his mouth won't admit. # speaker: Cochrane
    Geordi's whole face is lit. Cochrane pretends not to notice.
* (steps) [Keep him with you on the steps]
    You pat the step beside you, and he comes, with the bottle. He talks about the war a little, about Lily more than he means to, and about a sister in Saskatoon he hasn't written to since the war. His fear settles like a dog told to lie down, and the bottle goes down with the hours.
* (wander) [Leave him to Geordi and walk round her]
    ~ boz_scare(1)
    You walk round her base alone. She's metal; you feel nothing from her. You feel the scaffold instead: Reg's terrible joy, and Cochrane being looked at like a monument, hating it, too polite to say so.
- -> hero

= hero
Past midnight, Reg can't hold it in. # pause
"Mr. Cochrane, where I come from, everybody knows your name." Geordi grins and opens his mouth to say more. # speaker: Barclay
{cochrane_told == 2:Cochrane knows the shape of it. The details will hurt.|Cochrane knows none of it.}
* (cut) [Cut in before Geordi goes on]
    "Geordi," you say lightly, "how's that intake coming?" # speaker: Troi
    He was a bridge officer long before he was a fan. "Coming fine," he says. # speaker: La Forge
    {cochrane_told == 2:Cochrane knows what you stopped.|Not knowing what was stopped is its own weight.}
    {cochrane_told < 2:
        ~ boz_scare(1)
    }
* (let) [Let Geordi go on]
    Geordi tells him: a school with his name on it, a statue. Cochrane laughs in the right places. Inside him something goes cold.
    {cochrane_told == 2:
        ~ boz_scare(1)
    - else:
        ~ boz_scare(2)
    }
- -> air

= air
Later he climbs down and wipes his hands for too long.
{
- boz_silo.hero.let:
    "Going up for air," he says, too brightly. "Put it on the statue." # speaker: Cochrane
- cochrane_told == 2:
    "Going up for air." He doesn't look at you. # speaker: Cochrane
- else:
    "Going up for air. Your friend's news can keep." # speaker: Cochrane
}
{boz_fear >= 2:His fear has gone so loud it is quiet.|His fear is the ordinary kind: a cigarette under the sky.} # pause
* (follow) [Go up after him now]
    You climb after him{boz_drunk:, on rungs that won't stay put}.
    {boz_fear <= 1:
        -> boz_fence
    - else:
        He sees you from the fence, and is through the wire and running. {boz_silo.hero.let:He is running from what Geordi handed him.|{cochrane_told == 2:Sparing him the second telling was not enough.|He is running from a sentence nobody finished.}}
        -> boz_woods
    }
* (tell) [Tell Will he's going to run]
    "He's going," you tell Will. "Not for air." # speaker: Troi
    Will takes a hand phaser from the kit bag and goes up the ladder two rungs at a time, Geordi after him.
    {boz_fear <= 1:At the top you know you were wrong. Cochrane had been standing at the fence, going nowhere, until he saw what was in Will's hand. The gap in the wire is still swinging.|At the top the gap in the wire is swinging. Cochrane is gone into the woods, and Will and Geordi have gone after him.}
    -> boz_woods
* (leave) [Let him have his air]
    You let him go. He has had you at his elbow all night.
    {boz_fear <= 1:
        For ten minutes you feel him up there, not moving. Then you go up to find him.
        -> boz_fence
    }
    Eight minutes later his fear starts to move away. At the top the gap in the fence is swinging, and Will, behind you, swears.
    -> boz_woods

// ---------------------------------------------------------------------------
// He doesn't run: Troi reaches him at the fence.
=== boz_fence ===
~ cochrane_back = 0
He is at the fence{boz_silo.air.leave: still}, not going through it: standing with his fingers hooked in the wire, looking at the black line of the trees. He hears you coming. He doesn't turn round. # scene: The fence line
"I was going to," he says. "Just so you know. I had it all planned. There's a truck on the old county road with half a tank in it. I was going to Canada. {boz_silo.gantry.steps:You know who's in Saskatoon. I told you on the steps, which should have warned one of us.|I have a sister in Saskatoon.}" # speaker: Cochrane
You stand beside him at the wire. Up above, the one star that moves is crossing from the mountains to the plains.
* [Ask him why he didn't]
    "Why didn't you?" you ask. # speaker: Troi
    He thinks about it honestly, which takes a while. "Because you'd have come after me," he says at last. "And you'd have been nice about it. And I'd have had to live with being the man who ran away from the one woman in Montana who was nice about it." He lets go of the wire. "Also, I think the truck's been stolen." # speaker: Cochrane
* [Tell him it's all right to be afraid]
    "It's all right to be afraid of it," you tell him. "Everyone who has ever done anything like this was afraid. I don't mean the bravery speech. I mean that I've sat with them, and they were." # speaker: Troi
    "Were they drunk?" # speaker: Cochrane
    "Some of them." # speaker: Troi
    He laughs, for real this time, and you feel it go through him and loosen something on the way. "Then I'm in good company," he says. "Terrible company. The best." # speaker: Cochrane
- You walk back to the silo together, not fast. At the top of the ladder he stops and looks down at her in her well of light, and you feel him, for the first time all night, look at her without flinching. # pause
"Don't tell Lily I nearly went," he says. # speaker: Cochrane
"I won't," you say. It is a promise you can keep. # speaker: Troi
-> boz_comm

// ---------------------------------------------------------------------------
// He runs, and how he is brought back.
=== boz_woods ===
Beyond the wire, pines, black on black. # scene: The woods above the silo
{boz_silo.air.tell:Will waits at the treeline, phaser in hand, and Geordi beside him; they have lost him among the trunks.|Will catches you up at the treeline with a phaser, and Geordi comes up the slope behind him.} Will's tricorder sees only iron in these hills.
"The ridge is still warm from the strike," Geordi says. "Every rock looks like a man to me." # speaker: La Forge
You need neither: he is up and to the left, a thread of cold, ashamed and relieved. # pause
-> track

= track
"Deanna. Where is he?" # speaker: Riker
* (lead) [Lead Will to him]
    "Up the slope. He thinks he's lost us." # speaker: Troi
    You whisper Will left, and left again, down to a creek where the old road's culvert has half fallen in.
    -> creek
* (alone) [Go on alone; ask Will to hold back]
    "Let me go alone. If he sees that phaser he'll run until his heart gives out." # speaker: Troi
    "We don't have the hours to lose him twice, Deanna." # speaker: Riker
    "Then I won't lose him." # speaker: Troi
    He lets you go, and keeps twenty metres behind you all the way up.
    -> talk
* (freeit) [Tell Will to let him go]
    -> letgo

= letgo
"Let him go, Will." # speaker: Troi
He stares at you. "Let him go where? Canada?" # speaker: Riker
"Wherever he's going. He'll come back or he won't. If we drag him to that seat tonight, he'll fly it tomorrow because three strangers made him, and you've read the history books. That isn't the man who flew." # speaker: Troi
"I've read the history books," Will says. "They say he flew. They don't say anything about the night before." His voice is tight. Somewhere above you the ship he loves is in trouble he cannot see, and he has one job on this planet, and you are asking him to gamble it. # speaker: Riker
* (hold) [Hold to it]
    ~ cochrane_back = 3
    "Trust me," you say. "I've been inside him all night. He wants to come back. He needs to be the one who does it." # speaker: Troi
    It is a long time before Will answers. You feel what it costs him, his whole instinct for the sure thing set down on the table against your word. Then he puts the phaser back on his belt.
    "If you're wrong," he says, "I'll never say so. Which will be worse." # speaker: Riker
    You walk back down through the pines to the silo, the three of you, without him. The thread of cold goes on ahead of you in the dark, up the ridge, and then, a little before two, it stops moving. It doesn't come back. It doesn't go any further either. # pause
    -> boz_comm
* [Give way, and go after him with Will]
    You look up the slope, at the thread of cold in the dark, and you find you cannot bet the morning on it. "All right," you say. "Up the slope. He's stopped." # speaker: Troi
    Will goes first, and you whisper him left, and left again, and down into a gully where the old road crosses a creek on a culvert that has half fallen in.
    -> creek

= creek
He is sitting on the broken culvert with his shoes in the water. When the tricorder's light touches him he is up the far bank, fast for a drunk man in the dark. # pause
Will brings the phaser up, quick and clean and without malice, and gives you half a second to say otherwise.
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
You find him {boz_woods.creek:at the top of the bank, in a clearing where a house once stood|in the shell of a house at the top of the slope, sitting on what is left of a hearth}: a chimney, and pines grown up where the rooms were. # pause
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
    {boz_silo.gantry.steps:
        "Your sister," you say. "Saskatoon." Since he went through the wire you have felt him pointed north like a compass needle, and on the steps he told you where it points. # speaker: Troi
        He is quiet a while. "I talk too much on steps. She thinks I'm dead, or a drunk, depending which letter she got last. I was going to turn up on her step and be nobody." # speaker: Cochrane
    - else:
        "Who's up north?" Since he went through the wire you have felt him pointed north like a compass needle. # speaker: Troi
        He is quiet a while. "My sister. Saskatoon. She thinks I'm dead, or a drunk, depending which letter she got last. I haven't written since the war. I was going to turn up on her step and be nobody." # speaker: Cochrane
    }
    "Then fly tomorrow, and write to her the day after. Tell her in your own words, before anybody else tells her in theirs." # speaker: Troi
    He laughs despite himself, a short sound that startles something in the pines. "She'd never believe it." # speaker: Cochrane
    "Then tell her anyway." # speaker: Troi
* [Tell him the people above are frightened too]
    "Do you want a secret? {boz_sky.scope:The ship you saw tonight|The ship we came from} is in trouble. The people on her are frightened, and still doing their jobs, and one of them built a model of your rocket when he was nine and would give anything to be where you're sitting." # speaker: Troi
    Cochrane looks up through the pines for the moving star, can't find it, keeps looking. "They're in trouble up there. And you came out here after me." # speaker: Cochrane
    "Yes." # speaker: Troi
- ~ cochrane_back = 1
He decided a minute ago, under the words; he is waiting for his legs to agree. {boz_drunk:Your ankle settles it: he hauls you up, complaining, and you go down like the last pair home from a dance, Will a tactful distance behind.|He stands, gives you back your jacket, and walks down ahead of you, Will a tactful distance behind.} # pause
"For the record," Cochrane says at the wire, "I was coming back anyway." # speaker: Cochrane
"I know," you say. You do. # speaker: Troi
-> boz_comm

// ---------------------------------------------------------------------------
// Three in the morning: the last repair, and the ship's call.
=== boz_comm ===
Three in the morning. The intake manifold lies on a tarpaulin in two pieces. # scene: The Phoenix's silo
{
- cochrane_back == 0 || cochrane_back == 1:
    Cochrane is on the gantry, swearing at his rocket tenderly.
- cochrane_back == 2:
    Cochrane is asleep on a pile of tarpaulins under the gantry, with Will's coat over him and his mouth open. Every so often he says something to Lily in his sleep and frowns.
- else:
    Cochrane is not here. The thread of cold is still up on the ridge, not moving. You have been sitting on the bottom step for an hour feeling it not move.
}
"The manifold's weld won't hold a warp field," Geordi says. "Redo it or replace it by sunrise. {cochrane_back >= 2:With him {cochrane_back == 2:asleep|on that ridge}, that's Reg and me by hand, or a new one from the ship.|He can redo it himself, if his hands will hold a torch; or Reg and I do it; or the ship sends a new one.} Your read, Counsellor?" # speaker: La Forge
* (his) {cochrane_back <= 1} [Let Zefram redo the weld himself]
    ~ phoenix_fix = 0
    "Give it to him. It's his seam." # speaker: Troi
    "He'll have to do it sober," Geordi says. # speaker: La Forge
    He is: you feel the steadiness that came at the {boz_fence:fence|chimney}, like a keel. Cochrane pulls his goggles down and lights the torch.
* (geordi) [Let Geordi and Reg redo it by hand]
    ~ phoenix_fix = 1
    "You and Reg, by hand. {cochrane_back >= 2:It shouldn't wait on him.|He's done enough tonight.}" # speaker: Troi
    "Old rod, new hands. It'll hold." Geordi grins, a little wildly. "Reg, the good gloves." # speaker: La Forge
    They take turns under the seam until nearly five, Reg reading the metal's temperature aloud like a prayer.
* (ship) [Ask the ship for a replacement]
    ~ phoenix_fix = 2
    "Ask the ship. If it has to be right, let it be right." # speaker: Troi
    Geordi winces. "A part from three hundred years on, in the first warp ship. The historians would kill me. It'd work perfectly, though." # speaker: La Forge
- The ship calls first. # pause
"Picard to Riker." # speaker: Picard
Something has happened to his voice. # pause
{
- boz_ob == 2:
    It is perfectly steady, and that is what is wrong with it: every word set down exactly, without a tremor, the way the Collective sounded in his mouth six years ago.
- boz_ob >= 1:
    It is clipped, a man speaking through his teeth: the courtesy a thin coat over something walking up and down.
- else:
    It is tired, that is all at first: a man hours into hard things. Under it, he is still himself.
}
{pro_listened == 2:You saw it in his face over Earth, when he let the voice in. You hear it still.}
He tells it briefly. The Borg hold decks. Their beacon on the deflector is stopped; he doesn't say how. Data is in engineering with them; Beverly's wounded are on Deck Eleven. {eva_hawk ? hawk_lost:Lieutenant Hawk went out onto the hull with him and did not come back in.|{eva_hawk ? hawk_taken:Lieutenant Hawk went out onto the hull with him, and the Borg have him now.}} {boz_ob == 2:He says the Borg's name as if it were a colleague's.|{boz_ob >= 1:He says "the Borg" like a sum he has nearly finished.|He says "the Borg" as if it costs him something each time.}}
"Will. Tell me the Phoenix flies in the morning." # speaker: Picard
Will glances at you: how bad? You shake your head. Later.
"She flies, sir. {phoenix_fix == 2:Geordi needs one part, a manifold, if the transporter can spare a second.|We're doing the last of it now.}" # speaker: Riker
{phoenix_fix == 2:
    {
    - boz_ob == 2:
        "You'll have it," the captain says, instantly. "Whatever she needs. The Phoenix flies. Nothing else they want can matter, if that does." Someone on the bridge begins to object, about a lock through the Borg's fields, and you hear him not let them finish. # speaker: Picard
    - else:
        A pause. You hear the bridge behind him: someone reporting a deck, someone else answering. "Mr. Worf says he can hold a lock for four seconds," the captain says at last. "He says he'd rather not. Geordi, you'll have your part. Make it worth it." # speaker: Picard
    }
    Four minutes later the manifold shimmers onto the tarpaulin, perfect, faintly warm, a long way from home.
}
"And Mr. Cochrane?" # speaker: Picard
{
- cochrane_back == 3:
    "Up on the ridge, sir," Will says, not looking at you. "Thinking it over." # speaker: Riker
    There is a silence on the channel long enough to hear the bridge breathe. "I see," the captain says. {boz_ob == 2:"Then bring him down. However you have to."|"Then I hope he thinks well."} # speaker: Picard
    {boz_ob == 2:"Aye, sir," Will says, and does not get up off the step. He means to leave that order lying where it fell, on your word, and you feel it settle on him like a wet coat.}
- cochrane_back == 2:
    "Asleep, sir," Will says. "He took a run at the woods. I stunned him." # speaker: Riker
    {boz_ob == 2:"Good," the captain says, and nothing else, and the word sits in the cold air of the silo like a stone.|"Ah," the captain says, and there is almost a smile in it, tired as it is. "See that he wakes up in a good mood, Number One."} # speaker: Picard
- else:
    "Here, sir. He's with us." # speaker: Riker
    {cochrane_back == 1:Will doesn't mention the woods.}
}
{
- boz_lily == 2:
    "Lily Sloane is safe aboard. {cochrane_back <= 1:Mr. Cochrane, she|She} says if you scratch the paint, she'll know. And that you owe her a drink. I believe the drink is the important part." # speaker: Picard
- boz_lily == 1:
    "Lily Sloane is aboard, and safe for the moment. She asked after Mr. Cochrane." He stops as if there were more, and there isn't. # speaker: Picard
- else:
    "Lily Sloane is aboard, and alive. She doesn't wish to speak to me. I don't altogether blame her." # speaker: Picard
}
{cochrane_back <= 1:On the gantry Cochrane goes still at her name.|You will tell Cochrane in the morning.}
* [Ask the captain how he is]
    "Captain, it's Deanna. How are you?" # speaker: Troi
    {
    - boz_ob == 2:
        "Occupied, Counsellor," he says. "Picard out." And the channel closes before you can say that it was not what you asked. # speaker: Picard
    - boz_ob >= 1:
        There is a breath, the smallest one. "Busy, Counsellor. Ask me again when this is over." He closes the channel. He did not say no. # speaker: Picard
    - else:
        A pause, then, quietly, as if across a table: "Afraid, Deanna. And doing it anyway. Get them flying. Picard out." # speaker: Picard
    }
* [Let Will close it]
    Will promises a call at first light; the captain says {boz_ob == 2:"Do,"|"Please,"} and is gone. At once you wish you had said something.
- {prologue.pro_riker.why:You feel Will remembering the ready room on the border, and the captain saying he could not swear the Collective had gone out of his head. }"How bad?" Will asks. # speaker: Riker
{
- boz_ob == 2:
    "Bad," you say. "Not the ship. Him. He's enjoying it, Will." # speaker: Troi
- boz_ob >= 1:
    "He's holding," you say. "Barely. He's angry, and he hasn't noticed yet how much." # speaker: Troi
- else:
    "He's frightened, and he knows it," you say. "That's good. It's when he stops knowing that I'll worry." # speaker: Troi
}
-> boz_dawn

// ---------------------------------------------------------------------------
// First light.
=== boz_dawn ===
First light. # scene: The silo at dawn
{
- cochrane_back == 3:
    -> alone
- cochrane_back == 2:
    Cochrane wakes with the light, all at once, and sits up on his tarpaulins holding his head. He looks at Will for a long time. "You shot me," he says. "With a flashlight." # speaker: Cochrane
    "I stunned you," Will says. # speaker: Riker
    "There's a difference?" He gets up, very slowly. "Tell me there's coffee in the future, or I'm not going." But he goes up the gantry, one rung at a time, and lays a hand on the {phoenix_fix == 2:new manifold, and snatches it back as if it were warm in a way he didn't like|new weld, running his thumb along somebody else's work}. # speaker: Cochrane
    The fear is still in him. It has nowhere to go now except into the flight, and you feel it settle there, heavy, and stay.
- else:
    At a quarter to six Cochrane, who hasn't slept, sits beside you{phoenix_fix == 0:, proud of his weld|}. "So. This is the morning." # speaker: Cochrane
}
-> last

= alone
At twenty past six, the thread of cold on the ridge begins to move.
It comes down slowly. You feel it stop at the treeline for a long time, and you feel Will, beside you, not breathe. Then a figure comes out of the pines in the grey light, hands in its pockets, and walks down to the wire, through the gap, to the top of the ladder, and stands there looking down at all of you.
"I was sitting up there," Zefram Cochrane says, "thinking that if I went, you'd let me. And then I couldn't think of anywhere to go." He climbs down. At the bottom he looks at the Phoenix, {phoenix_fix == 2:at the strange bright part in her belly that he didn't put there,|at the new seam on her intake that he didn't weld,} and then at you. "Somebody finished her without me." # speaker: Cochrane
"Somebody finished the intake," you say. "She's not finished without you." # speaker: Troi
You tell him what the captain said about Lily, before dawn. {boz_lily == 2:He listens with his eyes shut, and laughs at the part about the paint, and then doesn't.|{boz_lily == 1:He listens with his eyes shut. "Safe," he says. "Okay. Safe is good."|He listens with his eyes shut. "Alive," he says. "Okay. I can work with alive."}}
Will, beside you, lets out the breath he has been holding since two. He doesn't say anything. He puts his hand on your shoulder and leaves it there. # pause
-> last

= last
{cochrane_back == 2:You go over to him while Geordi is busy {phoenix_fix == 2:fitting the new part|at the seam}, because someone should tell him what the captain said about Lily, and you tell him. {boz_lily == 2:He listens with his eyes shut, and says something you don't catch, and then says it again: "Her paint. Of course."|{boz_lily == 1:He listens with his eyes shut. "Safe," he says. "Okay. Safe is good."|He listens with his eyes shut. "Alive," he says. "Okay. I can work with alive."}}}
"What do I say to them?" he says. {cochrane_told == 0:"Whoever's watching. You won't even tell me who."|{cochrane_told == 1:"Whoever's listening. The ones who come."|"I know who. I still don't know what to say."}} # speaker: Cochrane
* [Tell him to say whatever's true]
    "Whatever's true when you see them. You're better at the truth than you pretend." # speaker: Troi
    "Nobody's ever accused me of that." # speaker: Cochrane
    "Nobody's ever been listening properly." # speaker: Troi
* [Tell him to play them his song]
    "Play them your song. Loud. If they're worth meeting, they'll want to know what we sound like." # speaker: Troi
    He nods, as if you'd given him a specification. "Loud. Okay." # speaker: Cochrane
* [Tell him you don't know]
    "I don't know. Nobody does. That's what makes it a first." # speaker: Troi
    He laughs, a real one. "Lady, you are a terrible counsellor." # speaker: Cochrane
    "I'm off duty." # speaker: Troi
- The man beside you is frightened, and tired, and here. It is enough for one night. # pause
-> recap

= recap
The night before the flight. # pause
{
- cochrane_told == 2: At your word, Will told Zefram Cochrane everything: the ship, tomorrow's visitors, what he becomes. # recap
- cochrane_told == 1: At your word, Will told Cochrane his flight will be heard and answered, and kept back the rest. # recap
- else: At your word, Will told Cochrane as little as would get him into the seat. # recap
}
{
- cochrane_back == 0: He nearly ran. You reached him at the fence before he went through it, and he walked back beside you. # recap
- cochrane_back == 1: He ran; you followed without a phaser, and he came back on his own feet{bozeman.bar.pace:, holding you up on your turned ankle}. # recap
- cochrane_back == 2: He ran into the woods, and you let Will stun him. He woke up on a tarpaulin under his own rocket, with a headache and a grudge. # recap
- else: He ran into the woods, and you made Will let him go. He came back at first light, alone, because he had nowhere else he wanted to be. # recap
}
{
- phoenix_fix == 0: He redid the intake weld himself, sober. # recap
- phoenix_fix == 1: Geordi and Reg redid the intake weld by hand. # recap
- else: The Phoenix flies with a manifold from the Enterprise's replicators, beamed down through the Borg's fields while the captain's ship was fighting for its life. # recap
}
{
- boz_ob == 2: On the channel, before dawn, you heard the captain sound like something else. You have told Will. You have told no one else. # recap
- boz_ob >= 1: On the channel the captain sounded like a man holding a door shut. # recap
- else: On the channel the captain sounded afraid, and like himself. # recap
}
~ cochrane_chose = cochrane_told == 2 && cochrane_back == 3
~ boz_drunk = false
~ boz_fear = 0
-> engineering
