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
The bar's sign was painted by hand, in letters that lean, over a door that does not shut. Inside it is warm and loud and smells of woodsmoke, engine oil and liquor made in a bathtub last month. # chapter: Interlude — Bozeman # scene: A bar in the settlement, Bozeman, Montana
You have been here two hours. You found Zefram Cochrane by following the loudest happiness in the settlement, and when you got close enough you found it was not happiness at all. # pause
-> bar

= bar
He is dancing. Not well, and not with anyone: with the jukebox, a battered thing with half its lights out, which he feeds the same song over and over as if it might run out. When it ends he drops into the chair opposite and fills your glass before his own. That is the third time. You have been counting, because somebody should.
"You," he says, pointing at you with the bottle, "are the only person in this town who hasn't asked me for anything. I find it suspicious. I find it very attractive. Mostly suspicious." # speaker: Cochrane
Under the noise of him you can feel the shape of it: a man standing on the edge of something very high, talking as fast as he can so that nobody, himself included, will notice his knees. # pause
* (pace) [Match him, glass for glass]
    ~ boz_drunk = true
    ~ boz_scare(1)
    You drink when he drinks. It tastes like a fire in a tyre yard and it goes down like one, and for a moment the room tilts pleasantly and comes back.
    He watches you do it with real respect. "Now that," he says, "is a woman with nothing to lose." # speaker: Cochrane
    It loosens him, and he drinks faster to stay ahead of you. It loosens you more than you meant: the liquor takes down the walls you keep between yourself and a room full of people who have been frightened for ten years. You feel the whole bar at once, every grief in it, and his fear at the centre like a struck bell.
* (nurse) [Nurse the glass and let him talk]
    You wet your lips and put the glass down, and he notices, because he notices everything that might be a judgement of him.
    "You're not drinking." # speaker: Cochrane
    "I'm pacing myself." # speaker: Troi
    "For what? The world ended. We're in the bit after." He drinks for both of you, and talks, and you let him, and under the talk you listen to the other thing, which is quieter and never stops. # speaker: Cochrane
* (water) [Ask the barman for water, and say why]
    You push the glass back to him and ask the man behind the bar for water. He gives you a look and a tin cup of something that was probably a well once.
    "I want to remember tonight," you tell Cochrane. "I think it's going to matter." # speaker: Troi
    He looks at you for a second with no joke ready at all. Then he finds one. "Nothing that happens in here matters. That's the whole point of in here." But he does not fill your glass again, and after a while he stops filling his own quite so full. # speaker: Cochrane
- "So," he says. "Ask me something. Everybody's got a question. Yours has been sitting behind your teeth since you sat down." # speaker: Cochrane
- (talk)
* (t_ship) [Ask him why he built her]
    "Why the Phoenix?" you ask. "Of all the things a man could build after a war." # speaker: Troi
    "Money." He says it at once, like a password. "Plenty of people would pay what's left of the world to be somewhere else, fast. I build the fast. I sell the fast. I buy an island where it doesn't snow and never build anything again." # speaker: Cochrane
    It is true, as far as it goes. Under it is something he would not say in this bar at phaser-point: that he stood in the ashes of a city when he was young and looked up, because up was the only direction that wasn't ruined.
    You don't say it for him. You let him see that you heard it. He looks away first.
* (t_lily) [Ask him where Lily is]
    "Where's Lily tonight?" you ask, and watch it land. # speaker: Troi
    "At the silo, where she always is. Guarding our investment. With a gun older than she is." He laughs. Then he doesn't. "She went out there when the lights came down out of the sky. I was in here." # speaker: Cochrane
    You know where Lily Sloane is. She is three hundred kilometres straight up, in a starship full of things that want her, and there is nothing you can tell him about it that he could carry.
    "She's being looked after," you say. It is the truth and it is not enough, and he hears both. # speaker: Troi
    "Sure," he says. "Everybody's being looked after. That's what the Coalition used to say." He turns his glass round and round. He is more afraid for her than he is for himself, and it is the only clean thing you have felt in him all night. # speaker: Cochrane
* (t_song) [Ask him about the song]
    "Why that song?" You nod at the jukebox. "You've played it nine times." # speaker: Troi
    "Eleven. You weren't here for the first two." He looks at the jukebox with more tenderness than he has shown any person. "Because it's loud, and it's about going somewhere, and the man singing it sounds like he'd never once been afraid of anything. It's a lie. It's a beautiful lie." # speaker: Cochrane
    "Are you afraid of something, Zefram?" # speaker: Troi
    "Sobriety," he says, and gets up to feed it again. # speaker: Cochrane
    But on the way he touches the back of your chair, briefly, the way you would touch a wall in the dark.
- {talk < 2: -> talk}
-> will

= will
Will comes in out of the cold with the night still on his coat and grease up to one elbow, and stops in the doorway to take in the room: the jukebox, the sawdust, the most important man in human history doing a slow two-step with nobody. Then he sees you, and he grins.
{boz_drunk:
    "Counsellor," he says, sitting down very carefully beside you, as if you might spill. "How are we?" # speaker: Riker
    "We are conducting an assessment." You are pleased with how that comes out. Every word in its place. "A cultural assessment." # speaker: Troi
    "I can see that." He moves your glass an inch out of your reach, and you let him, because he is right and because you love him for not saying so. # speaker: Riker
- else:
    {bar.water:"Counsellor." He sits, and looks at your tin cup, and raises an eyebrow. "Water. In here. You're braver than I am."|"Counsellor." He sits, and looks at your full glass, and raises an eyebrow. "Still on the first one? You're braver than I am."} # speaker: Riker
    "Someone has to remember tonight, Will." # speaker: Troi
}
He drops his voice. "Geordi says she can fly. Not will: can. If Cochrane's sober and in the silo and working by about four in the morning. Otherwise we're short a pilot, and the only hands that know where everything is." He watches Cochrane at the jukebox. "He thinks we're a salvage outfit from back east. He thinks we want to buy his rocket." # speaker: Riker
{pro_away:The captain stood under that rocket this evening, with his face tipped back like a boy's, and then the ship called him home, and since then the ship has said almost nothing at all.|The captain never came down. He stayed with the ship, and since Will reported the Phoenix to him the ship has said almost nothing at all.} One call, short: trouble on Deck 16, keep to the schedule, do not call back. You felt Will go still when he took it. You feel him still now, under the grin. # pause
"He's going to have to be told something," Will says. "He won't get in that seat for a salvage outfit. Question is what." # speaker: Riker
He looks at you. You have been inside Cochrane's fear for two hours, and Will will do what you say.
* [Everything. He deserves to know what he's carrying]
    ~ cochrane_told = 2
    ~ boz_scare(2)
    "All of it," you say. "Where we're from, who's coming tomorrow, what he becomes. If he's going to carry it, he should know how heavy it is." # speaker: Troi
    Will blows out a breath. "The Temporal Investigations people would have me in a cell for a year." # speaker: Riker
    "They aren't here. He is." # speaker: Troi
* [Only that someone is listening. Not what they'll make of him]
    ~ cochrane_told = 1
    ~ boz_scare(1)
    "That the flight will be heard," you say. "That someone out there is listening for exactly this, and will come. Not who. And nothing about what happens to him after." # speaker: Troi
    "Why not the rest?" # speaker: Riker
    "Because he's a frightened man who has never been anybody, and if you tell him tonight that he's going to be everybody, he'll run." # speaker: Troi
* [As little as will get him into the seat]
    ~ cochrane_told = 0
    "As little as we can," you say. "That we're not from here. That the people who fired on his silo want that ship on the ground, and we want it in the air. The rest is his to find out tomorrow, like everyone else." # speaker: Troi
    Will nods slowly. It is what he would have chosen, and he is surprised it is what you chose. "You think he can take a little and not ask for more?" # speaker: Riker
    "I think he'll ask. I think he'll be relieved when we don't answer." # speaker: Troi
- -> truth

= truth
You lure him to the back corner by the stove with an unopened bottle, and Will tells it, in the voice he has for it: easy, warm, a man letting you in on something. # scene: The back of the bar
{
- cochrane_told == 2:
    He tells him about the ship in orbit and the three centuries she has crossed. He tells him that tomorrow, a little after eleven, the Phoenix will go faster than light, and that a ship passing through this system will see it, and stop, and land, and that they will not be human. He tells him about the hundred worlds, and the schools, and the name. You watch Cochrane's face and feel behind it a kind of vertigo, a man who has leaned over a railing and found it is not there.
- cochrane_told == 1:
    He tells him about the ship in orbit, and that they are from a long way further on than back east. He tells him that the flight tomorrow will be seen, and that whoever sees it will come. He does not say who, and he does not say what Cochrane becomes, and when Cochrane asks, twice, Will smiles and says that some things a man ought to find out for himself.
- else:
    He tells him they are from a long way off, further than he would believe. He tells him that the thing that came down out of the sky this evening was aimed at the Phoenix and no one else, that whoever sent it wants his ship to stay in its hole, and that they would very much like it to fly. That is all. When Cochrane asks why, Will says that it matters more than he knows, and leaves it there.
}
Cochrane listens to the end without interrupting, which you suspect has not happened in years. Then he laughs, a big laugh, with nothing under it. # pause
"That's good," he says. "That is very good. You two should go on the road. The salvage was more believable." He reaches for the new bottle and finds your hand on it. # speaker: Cochrane
"You don't believe us," you say. # speaker: Troi
"Lady, I don't believe the weather." But the fear in him has sharpened, the way a smell sharpens in cold air, because some part of him has already started to. "Prove it." # speaker: Cochrane
* [Show him the ship in the sky]
    -> boz_sky.scope
* [Tell him what he is feeling]
    -> boz_sky.read

// ---------------------------------------------------------------------------
// The proof: the telescope, or Troi reading him.
=== boz_sky ===
= scope
~ boz_scare(1)
On the roof of the old control block there is a scarred reflector telescope somebody hauled out of a university in the bad years, and Cochrane has the key, because of course he does. The cold up there is clean. The whole sky is out, the way it only is above a country that has lost its lights. # scene: The control block roof
Will finds her for him, coordinates off his combadge, walking the tube round with a shuttle pilot's delicacy, and steps back to let Cochrane look.
For a long time Cochrane does not say anything. You can feel it happen in him: the joke he had ready, and the next one, and the one after that, going out one by one like streetlamps. # pause
"She's lit up," he says finally, in a voice you haven't heard from him. "Somebody's home." # speaker: Cochrane
"About a thousand people," Will says, with the pride he keeps for her. Then, for a moment, he doesn't say anything, and you feel him wondering what is happening aboard. # speaker: Riker
Cochrane takes his eye away from the glass and looks at the sky with the naked eye, at the one star that moves. # pause
* [Leave him alone with it]
    You touch Will's sleeve, and the two of you go and stand at the parapet and let Cochrane have the sky to himself. He stays at the eyepiece for a long time. When he comes away from it, he walks straight past you both to the stair, and says over his shoulder that the rocket is not going to fix itself.
* [Stand beside him]
    You go and stand beside him at the eyepiece, close enough that your shoulder touches his, and don't say anything.
    "I spent the war on this roof," he says, to the sky. "Watching for bombers. You could see them come over the mountains like a flock of geese." He swallows. "I never once looked up here and saw something coming that I wanted." # speaker: Cochrane
- -> boz_silo

= read
"You're afraid of heights," you say. # speaker: Troi
He laughs. "I'm afraid of a lot of things." # speaker: Cochrane
"Heights. Falling, specifically: the moment when it is too late to decide not to. You've never flown anything. You built a rocket because it was the only thing big enough to be worth building, and you've been drinking since the day you realised someone would have to sit on top of it." You keep your voice low and level. "And you're more afraid for Lily tonight than you are for yourself, and you'd rather die than let her know it." # speaker: Troi
The bar goes on around the two of you, loud, oblivious. Cochrane has stopped moving entirely. # pause
"Who told you that," he says. Not a question. # speaker: Cochrane
"Nobody told me. I can feel it. Where I come from, that isn't so strange." # speaker: Troi
It frightens him, and then, under the fright, something in him sits down like a man who has walked a long way: somebody has seen it and not laughed. You have not proved the ship. You have proved that he is not alone with it, which tonight may be the better proof.
"Okay," he says. "Okay. Don't do that again." # speaker: Cochrane
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
At night the silo is a lit well in the dark: blast doors drawn back, floodlights on the scaffolding, the rocket standing up through it all with her nose almost at the lip. Generators hammer below. The air smells of solder and cold concrete and, faintly, of ash from the settlement's fires. # scene: The Phoenix's silo
Geordi is halfway up the gantry with his arms inside her to the shoulder, talking to her in the tone he keeps for a patient who is going to live. Reg Barclay hands up tools below him with the reverence of an altar boy, and when he sees who has come down the ladder behind you, he drops one. # pause
{pro_away:
    "Captain was here," Geordi calls down, when he sees you. "Before he went back up. Held the lamp for me under her belly for an hour and never said a word. First time I ever saw him look nine years old." # speaker: La Forge
- else:
    "Captain'll be sorry he missed this," Geordi calls down, when he sees you. "He built one of these when he was a kid. Told me once. Wrong colour, too many fins." He pats the hull. "He's never going to get to see the real one, is he." # speaker: La Forge
}
Cochrane stands at the bottom of his own rocket and looks up it as if it belongs to someone else. {cochrane_told == 2:He knows now who she will be. You can feel him not being able to look at her straight.|He doesn't know what she will be. He only knows that strangers have their arms inside her.} # pause
-> gantry

= gantry
There is work for everyone: the coolant lines, the intake, a nacelle still in pieces on a tarpaulin. The question is what to do with Cochrane, who has drifted to the ladder of the cockpit, where you suspect he keeps a bottle.
* (tool) [Put a tool in his hand]
    ~ boz_scare(-1)
    You take the torque wrench from Reg's kit, walk it over, and hold it out to him, handle first.
    "Lily's," he says. "She'll kill me if I strip anything." But he takes it, and then he is up the gantry elbowing Geordi aside and telling him he's doing it wrong, and for an hour you watch something you would not have believed in the bar: Zefram Cochrane sober, quick, certain, his hands knowing things his mouth would never admit to. # speaker: Cochrane
    Geordi keeps looking across at him with his whole face lit up. Cochrane either does not notice or pretends not to, and he is good at pretending.
* (steps) [Keep him with you on the steps]
    You sit down on the steps at the foot of the gantry and pat the concrete beside you, and after a while he comes and sits, with the bottle he went to fetch.
    He talks: about the war, a little; about Lily, more than he means to. You learn that he has never been higher than the roof of the control block, and that he has a sister in Saskatoon he has not written to since the war. His fear settles, like a dog told to lie down, and the bottle goes down, steadily, and the hours with it.
* (wander) [Leave him to Geordi and walk round her]
    ~ boz_scare(1)
    You leave him with the engineers and walk round the base of the Phoenix alone, in the cold under the gantries, your hand out, not quite touching her.
    She's metal; you feel nothing from her. But you feel the men on the scaffold: Reg's terrible joy, Geordi's concentration, and Cochrane up there with them, being looked at the way people look at a monument. He hates it. Under all of it he is too polite to tell them to stop.
- -> hero

= hero
It is past midnight when Reg Barclay finally says it. He has been trying not to for hours. It comes out of him in a rush, like a confession, with Cochrane at the foot of the intake and the torch between them. # pause
"Mr. Cochrane, I just want you to know, where I come from, everybody knows your name. Everybody. There's a, we have a..." Reg looks at Geordi for help, and Geordi, who is never going to get another chance either, grins, and opens his mouth. # speaker: Barclay
{cochrane_told == 2:Cochrane already knows the shape of it; Will told him in the bar. But he does not know the details, and you can feel that the details are the part that will hurt.|Cochrane doesn't know any of it. You can feel the next sentence coming the way you feel a wave coming, and you know what it will do to him.}
* (cut) [Cut in before Geordi goes on]
    "Geordi," you say, from the foot of the gantry, lightly, "how's that intake coming?" # speaker: Troi
    Geordi hears it. He was a bridge officer long before he was a fan. He shuts his mouth, looks at the intake, and says it's coming fine, but they could use another pair of hands that know where the bolts went in 2061. # speaker: La Forge
    {cochrane_told == 2:Cochrane looks at you across the scaffold. He knows you stopped something, and he knows roughly what. He doesn't thank you. He doesn't need to.|Cochrane looks from Geordi to you and back. He knows something was stopped. Not knowing what is its own weight, and he carries it back to the intake with him.}
    {cochrane_told < 2:
        ~ boz_scare(1)
    }
* (let) [Let Geordi go on]
    You let it come.
    Geordi tells him. There is a school, where Geordi went, with his name over its door. There are lessons about tomorrow morning that every child sits through. There is a statue. Geordi tells it like a gift he has waited his whole life to give, and Reg nods along, shining.
    Cochrane says the right things. He laughs in the right places. He even asks what the statue's nose looks like. And inside him, while he does it, you feel something go very quiet and very cold, the way a room goes when somebody has shut a door.
    {cochrane_told == 2:
        ~ boz_scare(1)
    - else:
        ~ boz_scare(2)
    }
- -> air

= air
{
- boz_silo.hero.let:
    A little later he climbs down off the gantry and wipes his hands on a rag for longer than his hands need. "I'm going up for some air," he says, to nobody in particular, too brightly. "And a leak. Historic leak. Put it on the statue." # speaker: Cochrane
    Reg laughs, and stops when nobody else does. Cochrane goes up the ladder toward the night, not fast, not slow, and does not look at the rocket on the way.
- cochrane_told == 2:
    A little later he climbs down off the gantry and wipes his hands on a rag for longer than his hands need. "I'm going up for some air," he says, to nobody in particular. "And a leak. Historic leak. Somebody write it down." # speaker: Cochrane
    Nobody laughs but Reg. Cochrane does not look at you on his way to the ladder; he has had enough, tonight, of people who can see what he is carrying. He goes up toward the night, not fast, not slow.
- else:
    A little later he climbs down off the gantry and wipes his hands on a rag for longer than his hands need. "I'm going up for some air," he says, to nobody in particular. "Whatever it was your friend was about to tell me, it can keep till I get back." # speaker: Cochrane
    Nobody answers him. Reg finds something to do with his hands. Cochrane goes up the ladder toward the night, not fast, not slow, and you feel the unsaid thing go up with him.
}
{boz_fear >= 2:His fear is so loud now that it has gone quiet, the way a high note goes past hearing. You have felt that before, in people on the edges of things.|His fear is there, but it is the ordinary kind; the kind that wants a cigarette and a moment under the sky.} # pause
* (follow) [Go up after him now]
    You go up the ladder after him. Your hands are cold on the rungs{boz_drunk: and the rungs are not entirely where you left them}.
    {boz_fear <= 1:
        -> boz_fence
    - else:
        You come out at the top in time to see him at the fence line, a dark shape against the darker trees. He looks back once. He sees you. And then he is through the gap in the wire and running, into the woods, like a man who has decided something with his legs because he couldn't with his head. {boz_silo.hero.let:Whatever Geordi handed him at the intake, he is running from it.|{cochrane_told == 2:He knew what he would be before Geordi opened his mouth; you only spared him hearing it twice, and it was not enough.|He is running from a sentence nobody finished.}}
        -> boz_woods
    }
* (tell) [Tell Will he's going to run]
    You find Will at the generator and say it quietly. "He's going. Now. Not for air." # speaker: Troi
    Will doesn't ask how you know. He never has. He takes a hand phaser off the kit bag, checks the setting, and goes up the ladder two rungs at a time.
    {boz_fear <= 1:By the time you reach the top, you know you were wrong. He was standing at the fence with his fingers in the wire, going nowhere; then he heard a big man coming up the ladder fast, and turned, and saw what was in Will's hand. The gap in the wire is still swinging.|By the time you and Geordi reach the top, the gap in the wire is swinging, and the woods have swallowed both of them.}
    -> boz_woods
* (leave) [Let him have his air]
    You let him go. A man has a right to stand under the sky without an escort, and you have been at his elbow all night.
    {boz_fear <= 1:
        For ten minutes you feel him up there, not moving, the way you feel someone in the next room. Then you go up to find him.
        -> boz_fence
    }
    It is eight minutes before you feel it: the fear that had gone quiet, suddenly moving, and moving away. By the time you are up the ladder the gap in the fence is swinging. Will comes up behind you, sees your face, and swears.
    -> boz_woods

// ---------------------------------------------------------------------------
// He doesn't run: Troi reaches him at the fence.
=== boz_fence ===
~ cochrane_back = 0
He is at the fence{boz_silo.air.leave: still}, not going through it: standing with his fingers hooked in the wire, looking at the black line of the trees. He hears you coming. He doesn't turn round. # scene: The fence line
"I was going to," he says. "Just so you know. I had it all planned. There's a truck on the old county road with half a tank in it. I was going to Canada. I have a sister in Saskatoon." # speaker: Cochrane
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
The woods begin fifty metres beyond the wire: lodgepole pines, black on black, over needles and ash and the bones of a road nobody has driven since the war. # scene: The woods above the silo
{boz_silo.air.tell:Will has stopped at the treeline to wait for you, the phaser in one hand and a tricorder in the other. Whatever he saw of Cochrane at the wire, he has lost it among the trunks.|Will catches you up at the treeline with a hand phaser in one hand and a tricorder in the other.} Geordi is behind you both, sweeping the slope with his implants and shaking his head. "Forget it. The whole ridge is still warm from the strike. Every rock out here looks like a man to me." # speaker: La Forge
Will's tricorder is no better. "Too much iron in these hills. He could be anywhere." # speaker: Riker
He isn't anywhere. He is up and to the left, three or four hundred metres, and moving slower now; you can feel him the way you feel a draught in a house, a thread of cold that has a direction. He is frightened, and ashamed, and, underneath both, enormously relieved. # pause
-> track

= track
"Deanna." Will has turned. He knows your face in the dark. "Where is he?" # speaker: Riker
* (lead) [Lead Will to him]
    You point. "Up the slope. He's stopped running. He thinks he's lost us." # speaker: Troi
    Will goes first, quiet for a big man, and you follow the thread of cold and whisper him left, and left again, and down into a gully where the old road crosses a creek on a culvert that has half fallen in.
    -> creek
* (alone) [Go on alone; ask Will to hold back]
    "Let me go to him," you say. "Alone. If he sees you with that, he'll run until his heart gives out." # speaker: Troi
    Will looks at the phaser in his hand, and at you, and at the dark. "It's a long way to the launch, Deanna. We don't have the hours to lose him twice." # speaker: Riker
    "Then I won't lose him." # speaker: Troi
    He doesn't like it. He lets you go. You feel him behind you, twenty metres back and keeping it, all the way up the slope.
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
He is sitting on the broken culvert with his shoes in the water, as if he had simply forgotten he was running. When the tricorder's light touches him he is up and away at once, splashing, up the far bank, surprisingly fast for a drunk man in the dark. # pause
Will brings the phaser up. You feel his decision start: the same decision he makes on away missions, quick and clean and without malice. He is giving you a half-second to say otherwise.
* (stun) [Let him fire]
    ~ cochrane_back = 2
    You say nothing. The phaser makes its small sound, and the orange light touches Cochrane's back at the top of the bank, and he goes down among the pine needles as if someone had cut his strings.
    Will is beside him in six strides, checking his pulse, turning him on his side. "He's fine. He'll sleep till morning and wake up with a headache he'll blame on the liquor." He looks up at you. "That's the easy way, Deanna. I know it is." # speaker: Riker
    "It's the quick way," you say. "I'm not sure it's the easy one." # speaker: Troi
    Will and Geordi carry him down between them, his feet dragging in the needles, like a friend after a wedding. You walk behind. Even unconscious he is frightened; the fear has nowhere to go now, and sits in him like water in a stopped pipe.
    -> boz_comm
* (call) [Call his name instead]
    "Zefram!" It is not loud. It doesn't need to be. You put everything you have felt from him tonight into his own name and throw it up the bank after him. # speaker: Troi
    He stops at the top. He doesn't turn round. You put your hand on Will's wrist and push the phaser down, gently, and go up the bank alone.
    -> talk

= talk
You find him {boz_woods.creek:at the top of the bank, in a clearing where a house once stood|in the shell of a house at the top of the slope, sitting on what is left of a hearth}. There is a chimney and nothing else; the fire that took the rest took it years ago, in the war, and the pines have grown up inside where the rooms were. # pause
{boz_drunk:
    You come into the clearing and the ground does something treacherous, and you sit down hard among the needles with your ankle turned under you. It isn't bad. It is very undignified.
    Cochrane looks at you for a long moment. Then he comes and kneels and feels the ankle with hands that are suddenly steady. "Sprained," he says. "Not broken. Congratulations. You're drunker than me." # speaker: Cochrane
- else:
    He sees you and doesn't move. He is shaking; the cold has got into him through his shirt. You take off your jacket and put it round his shoulders, and he lets you.
}
"I'm not him," he says. "Whoever it is you came for. {cochrane_told == 0:Whatever it is you need him to be, you've got the wrong man. You don't even tell me what it is.|You've got the wrong man. You've got a drunk with a rocket.}" # speaker: Cochrane
* [Tell him what you feel in him]
    "I'm not going to tell you who you are," you say. "I'll tell you what I feel. I feel a man who is terrified of falling, and who built the tallest thing in Montana anyway, and climbed it every day for six years. That isn't the wrong man. That is exactly the man it takes." # speaker: Troi
    {
    - boz_sky.read.promise:
        He looks at the chimney for a long time. "You promised you wouldn't do that," he says. # speaker: Cochrane
        "I know. I knew when I said it that I couldn't keep it all the way. I'm sorry." # speaker: Troi
    - boz_sky.read:
        He looks at the chimney for a long time. "I asked you not to do that again," he says. # speaker: Cochrane
        "You did. I never said I wouldn't." # speaker: Troi
    - else:
        He looks at the chimney for a long time. "How would you know what I feel?" he says. # speaker: Cochrane
        "I've felt it all night, from across the table. Where I come from, some people can. I'm one of them." # speaker: Troi
    }
* [Ask him who he was running to]
    "Who's up north?" you ask. He has been thinking of someone north of here since he went through the wire; you could feel it, like a compass needle. # speaker: Troi
    He is quiet for a while. "My sister. Saskatoon. She thinks I'm dead, or a drunk, depending which letter she got last. I haven't written since the war." He picks at the hearthstone. "I was going to turn up on her step. Start over. Be nobody." # speaker: Cochrane
    "Then fly tomorrow," you say, "and write to her the day after. Tell her yourself, in your own words, before anybody else tells her in theirs." # speaker: Troi
    He laughs despite himself, a short surprised sound that startles something in the pines. "She'd never believe it." # speaker: Cochrane
    "Then tell her anyway." # speaker: Troi
* [Tell him the people above are frightened too]
    "Do you want to know a secret?" you say. "{boz_sky.scope:The ship you saw tonight|The ship we came from} is in trouble. I don't know how bad. The people on her are frightened, and they are still doing their jobs, and one of them built a model of your rocket when he was nine and would give anything to be sitting where you're sitting." # speaker: Troi
    Cochrane looks up through the pines for the moving star, and can't find it, and keeps looking. "They're in trouble up there," he says. "And you came out here after me." # speaker: Cochrane
    "Yes." # speaker: Troi
- ~ cochrane_back = 1
You don't ask him to come back. You have felt him decide, a minute ago, somewhere under the words; he is only waiting for his legs to agree. {boz_drunk:In the end it is your ankle that settles it. He gets an arm under your shoulders and hauls you up, complaining all the way, and the two of you go down through the pines like the last pair home from a dance, with Will falling in behind at a tactful distance.|In the end he stands, and gives you back your jacket, and walks down through the pines ahead of you, with Will falling in behind at a tactful distance.} # pause
"For the record," Cochrane says at the wire, "I was coming back anyway." # speaker: Cochrane
"I know," you say. You do. # speaker: Troi
-> boz_comm

// ---------------------------------------------------------------------------
// Three in the morning: the last repair, and the ship's call.
=== boz_comm ===
It is three in the morning, and the intake manifold is still in two pieces on the tarpaulin. # scene: The Phoenix's silo
{
- cochrane_back == 0 || cochrane_back == 1:
    Cochrane is up on the gantry beside Geordi, sleeves rolled, swearing at it tenderly. {boz_drunk:You are sitting on the bottom step with your ankle strapped in Reg's idea of a field dressing, which is most of a roll of tape.|You are sitting on the bottom step with a cup of something hot.}
- cochrane_back == 2:
    Cochrane is asleep on a pile of tarpaulins under the gantry, with Will's coat over him and his mouth open. Every so often he says something to Lily in his sleep and frowns.
- else:
    Cochrane is not here. The thread of cold is still up on the ridge, not moving. You have been sitting on the bottom step for an hour feeling it not move.
}
Geordi wipes his hands and comes down to you and Will. "The manifold takes the whole warp field on start-up, and the weld on its main seam is garbage. Not his fault: it's the wrong rod, and the only rod in Montana. It has to be redone or replaced." # speaker: La Forge
"By when?" Will asks. # speaker: Riker
"By sunrise, if we want to test it." Geordi glances up the gantry{cochrane_back >= 2:, at the place where Cochrane ought to be. "With him {cochrane_back == 2:asleep|up on that ridge}, there are two ways to do it: Reg and I redo it by hand, or we ask the ship for a new one. I want your read, Counsellor."|, at Cochrane. "Three ways to do it. I want your read, Counsellor, because two of them are really questions about him."} # speaker: La Forge
* (his) {cochrane_back <= 1} [Let Zefram redo the weld himself]
    ~ phoenix_fix = 0
    "Give it to him," you say. "It's his seam. He knows where every bolt went in 2061. Let him finish what he started." # speaker: Troi
    Geordi looks at Cochrane, who has gone very still on the gantry with the torch in his hand. "It'll be slower. He'll have to do it sober." # speaker: La Forge
    "He's sober now," you say. You can feel it in him, the steadiness that came at the {boz_fence:fence|chimney}, like a keel under the water. "Let him." # speaker: Troi
    Cochrane doesn't say anything. He pulls his goggles down and lights the torch, and the gantry fills with blue light.
* (geordi) [Let Geordi and Reg redo it by hand]
    ~ phoenix_fix = 1
    "You and Reg," you say. "By hand, with what's here. {cochrane_back >= 2:He's in no state to, and it shouldn't wait on him.|He's done enough tonight. Let him watch someone else sweat for once.}" # speaker: Troi
    Geordi nods slowly. "Twenty-first-century rod, twenty-first-century torch, a twenty-fourth-century pair of hands. It'll hold. I think it'll hold." He grins, a little wildly. "Reg, get the good gloves." # speaker: La Forge
    It will take them until nearly five, in turns, on their backs under the seam with the torch hissing and Reg reading the metal temperature out loud like a prayer.
* (ship) [Ask the ship for a replacement]
    ~ phoenix_fix = 2
    "Ask the ship," you say. "Have the replicators make a new one and send it down. If it has to be right, let it be right." # speaker: Troi
    Geordi winces. "That's a part from three hundred years on, flying in the first warp ship. The historians would kill me." He looks at Will. "It'd work, though. It'd work perfectly." # speaker: La Forge
    Will's hand is already on his combadge. "I'll ask. Whether they have a transporter to spare is another question." # speaker: Riker
- The ship calls first. # pause
"Picard to Riker." # speaker: Picard
The voice comes out of Will's badge small and flattened by distance. You would know it anywhere, and you know at once that something has happened to it. # pause
{
- boz_ob == 2:
    It is perfectly steady. That is what is wrong with it. You have heard him frightened and angry and grieving, never like this: every word set down exactly where he wants it, without a tremor, the way the Collective sounded in his mouth six years ago, on a viewscreen.
- boz_ob >= 1:
    It is clipped short, like a man speaking through his teeth. The courtesy is still there, but it is a thin coat over something that is walking up and down.
- else:
    It is tired, that is all at first: a man who has been doing hard things for hours. Under it, when you listen, he is still himself.
}
{pro_listened == 2:You saw it in his face on the bridge, over Earth, when he let the voice in. Three hundred kilometres of night between you, and you can hear it still.}
He tells it briefly. The Borg came across when the shields went down. They have taken decks. They were building something on the deflector dish to call their own kind in this century, and it is stopped. He does not say how. Data is in engineering, with them. Beverly has her wounded on Deck Eleven. {eva_hawk ? hawk_lost:Lieutenant Hawk went out onto the hull with him and did not come back in.|{eva_hawk ? hawk_taken:Lieutenant Hawk went out onto the hull with him, and the Borg have him now.}} {boz_ob == 2:He says the Borg's name as if it were a colleague's.|{boz_ob >= 1:He says "the Borg" as if it were a sum he has nearly finished.|He says "the Borg" as if it costs him something each time, which it does.}}
"Will. Tell me the Phoenix flies in the morning." # speaker: Picard
Will looks at you: not for the answer, for the voice. How bad? You shake your head a very little. Later.
"She flies, sir," he says. "{phoenix_fix == 2:Geordi needs a part. One piece, a manifold: if the transporter can spare a second, we'd take it.|We're doing the last of it now.}" # speaker: Riker
{phoenix_fix == 2:
    {
    - boz_ob == 2:
        "You'll have it," the captain says, instantly. "Whatever she needs. The Phoenix flies. Nothing else they want can matter, if that does." Someone on the bridge begins to object, about a lock through the Borg's fields, and you hear him not let them finish. # speaker: Picard
    - else:
        A pause. You hear the bridge behind him: someone reporting a deck, someone else answering. "Mr. Worf says he can hold a lock for four seconds," the captain says at last. "He says he'd rather not. Geordi, you'll have your part. Make it worth it." # speaker: Picard
    }
    Four minutes later the manifold shimmers onto the tarpaulin, perfect and gleaming and faintly warm, and a very long way from home.
}
"And Mr. Cochrane?" # speaker: Picard
{
- cochrane_back == 3:
    "Up on the ridge, sir," Will says, and doesn't look at you. "Thinking it over." # speaker: Riker
    There is a silence on the channel long enough to hear the bridge breathe. "I see," the captain says. {boz_ob == 2:"Then bring him down. However you have to."|"Then I hope he thinks well."} # speaker: Picard
- cochrane_back == 2:
    "Asleep, sir," Will says. "He took a run at the woods. I stunned him." # speaker: Riker
    {boz_ob == 2:"Good," the captain says, and nothing else, and the word sits in the cold air of the silo like a stone.|"Ah," the captain says, and there is almost a smile in it, tired as it is. "See that he wakes up in a good mood, Number One."} # speaker: Picard
- else:
    "Here, sir," Will says. "He's with us." # speaker: Riker
    {cochrane_back == 1:He doesn't mention the woods. Cochrane, up on the gantry, looks down at Will with something like gratitude.}
}
{
- boz_lily == 2:
    "Lily Sloane is with me, on the bridge," the captain says. "{cochrane_back <= 1:Mr. Cochrane, she|She} asks me to say that if you scratch the paint, she'll know. And that you owe her a drink. I believe the second part was the important part." # speaker: Picard
- boz_lily == 1:
    "Lily Sloane is aboard. She is safe, for the moment. She asked after Mr. Cochrane." The captain stops, as if there were more, and decides there isn't. # speaker: Picard
- else:
    "Lily Sloane is aboard, and alive." A pause. "She doesn't wish to speak to me. I don't altogether blame her." # speaker: Picard
}
{cochrane_back <= 1:On the gantry, Cochrane has gone still. You feel the thing that goes through him at her name: not fear at all. It is the opposite of fear. It's what fear is for.|You will have to tell Cochrane that, in the morning. You find that you want to be the one who does.}
* [Ask the captain how he is]
    You lean in to Will's badge. "Captain. It's Deanna. How are you?" # speaker: Troi
    {
    - boz_ob == 2:
        "Occupied, Counsellor," he says. "Picard out." And the channel closes before you can say that it was not what you asked. # speaker: Picard
    - boz_ob >= 1:
        There is a breath, the smallest one. "Busy, Counsellor. Ask me again when this is over." He closes the channel. He did not say no. # speaker: Picard
    - else:
        A pause. Then, quietly, as if to a friend across a table: "Afraid, Deanna. And doing it anyway. Get them flying. Picard out." # speaker: Picard
    }
* [Let Will close it]
    You say nothing. Will tells the captain they'll call at first light, and the captain says {boz_ob == 2:"Do,"|"Please,"} and is gone.
    You wish, at once, that you had said something. You don't know what it would have been.
- Will stands with his hand still on the badge after it has gone dead. {prologue.pro_riker.why:You can feel him remembering something: the ready room, on the border, and the captain telling him that he could not swear the Collective had gone out of his head. }"How bad?" he says, without looking at you. # speaker: Riker
{
- boz_ob == 2:
    "Bad," you say. "Not the ship. Him." You try to find a way to say it that isn't the truth, and there isn't one. "He's enjoying it, Will." # speaker: Troi
- boz_ob >= 1:
    "He's holding," you say. "Barely. He's angry, and he hasn't noticed yet how much." # speaker: Troi
- else:
    "He's frightened, and he knows it," you say. "That's good. It's when he stops knowing that I'll worry." # speaker: Troi
}
-> boz_dawn

// ---------------------------------------------------------------------------
// First light.
=== boz_dawn ===
A little after five the sky goes grey over the mountains, then pale, then the colour of the inside of a shell. The floodlights begin to look tired. # scene: The silo at dawn
{
- cochrane_back == 3:
    -> alone
- cochrane_back == 2:
    Cochrane wakes with the light, all at once, and sits up on his tarpaulins holding his head. He looks at Will for a long time. "You shot me," he says. "With a flashlight." # speaker: Cochrane
    "I stunned you," Will says. # speaker: Riker
    "There's a difference?" He gets up, very slowly. "Tell me there's coffee in the future, or I'm not going." But he goes up the gantry, one rung at a time, and lays his hand on the {phoenix_fix == 2:new manifold and then snatches it back, as if it had been warm in a way he didn't like|new weld and runs his thumb along it, checking somebody else's work}. # speaker: Cochrane
    The fear is still in him. It has nowhere to go now except into the flight, and you feel it settle there, heavy, and stay.
- else:
    Cochrane has not slept. He has been up the gantry and down it a dozen times, and at a quarter to six he comes and sits on the step beside you, smelling of solder{phoenix_fix == 0: and pleased with himself in a way he is trying very hard to hide. It's his weld. He has checked it four times|}.
    "So," he says. "This is the morning." # speaker: Cochrane
    The fear is still there; it will be there when the booster lights, and after. But it has a floor under it now, and you can feel him standing on it.
}
-> last

= alone
At twenty past six, the thread of cold on the ridge begins to move.
It comes down slowly. You feel it stop at the treeline for a long time, and you feel Will, beside you, not breathe. Then a figure comes out of the pines in the grey light, hands in its pockets, and walks down to the wire, through the gap, to the top of the ladder, and stands there looking down at all of you.
"I was sitting up there," Zefram Cochrane says, "thinking that if I went, you'd let me. And then I couldn't think of anywhere to go." He climbs down. At the bottom he looks at the Phoenix, {phoenix_fix == 2:at the strange bright part in her belly that he didn't put there,|at the new seam on her intake that he didn't weld,} and then at you. "Somebody finished her without me." # speaker: Cochrane
"Somebody finished the intake," you say. "She's not finished without you." # speaker: Troi
You tell him what the captain said about Lily, at three in the morning. {boz_lily == 2:He listens with his eyes shut, and laughs at the part about the paint, and then doesn't.|{boz_lily == 1:He listens with his eyes shut. "Safe," he says. "Okay. Safe is good."|He listens with his eyes shut. "Alive," he says. "Okay. I can work with alive."}}
Will, beside you, lets out the breath he has been holding since two. He doesn't say anything. He puts his hand on your shoulder and leaves it there. # pause
-> last

= last
{cochrane_back == 2:You go over to him while Geordi is busy at the seam, because someone should tell him what the captain said about Lily, and you tell him. {boz_lily == 2:He listens with his eyes shut, and says something you don't catch, and then says it again: "Her paint. Of course."|{boz_lily == 1:He listens with his eyes shut. "Safe," he says. "Okay. Safe is good."|He listens with his eyes shut. "Alive," he says. "Okay. I can work with alive."}}}
Cochrane looks up the open silo at the lightening sky, at the place where, in a few hours, there will be a hole punched through it. # pause
"What do I say to them?" he says. {cochrane_told == 0:"Whoever's going to be watching. You won't even tell me who."|{cochrane_told == 1:"Whoever's listening. The ones who come."|"The ones who come. I know who. I still don't know what to say."}} # speaker: Cochrane
* [Tell him to say whatever's true]
    "Whatever is true when you see them," you tell him. "You'll know. You're better at the truth than you pretend." # speaker: Troi
    "Nobody's ever accused me of that." # speaker: Cochrane
    "Nobody's ever been listening properly." # speaker: Troi
* [Tell him to play them his song]
    "Play them your song," you say. "Loud. If they're worth meeting, they'll want to know what we sound like." # speaker: Troi
    He looks at you, and for a moment you think he will make a joke of it. Then he nods, as if you had given him a technical specification. "Loud," he says. "Okay." # speaker: Cochrane
* [Tell him you don't know]
    "I don't know," you say. "I don't think anybody does. That's what makes it a first." # speaker: Troi
    He laughs, a real one, from somewhere low down. "Lady, you are a terrible counsellor." # speaker: Cochrane
    "I'm off duty." # speaker: Troi
- Above the silo doors the sky is white now, and somewhere above the white, too faint to see by day, your ship goes round. You can't feel any of them from here; they are too far away. You feel the man beside you instead: frightened, and hungover, and here. # pause
It is enough for one night. # pause
-> recap

= recap
The surface, the night before the flight: what you did, and what it left. # pause
{
- cochrane_told == 2: You had Will tell Zefram Cochrane everything: the ship above him, the visitors who come tomorrow, and what the future makes of him. # recap
- cochrane_told == 1: You had Will tell Zefram Cochrane that his flight will be heard and answered, and nothing about what he becomes. # recap
- else: You had Will tell Zefram Cochrane as little as would get him into the seat. Who is coming, and what he becomes, he will find out with everyone else. # recap
}
{
- cochrane_back == 0: He nearly ran. You reached him at the fence before he went through it, and he walked back beside you. # recap
- cochrane_back == 1: He ran into the woods, and you went after him without a phaser, and he came back down through the pines on his own feet. # recap
- cochrane_back == 2: He ran into the woods, and you let Will stun him. He woke up on a tarpaulin under his own rocket, with a headache and a grudge. # recap
- else: He ran into the woods, and you made Will let him go. He came back at first light, alone, because he had nowhere else he wanted to be. # recap
}
{
- phoenix_fix == 0: Cochrane redid the weld on the Phoenix's intake himself, sober, at three in the morning. # recap
- phoenix_fix == 1: Geordi and Reg redid the weld on the Phoenix's intake by hand, with the only rod in Montana. # recap
- else: The Phoenix flies with a manifold from the Enterprise's replicators, beamed down through the Borg's fields while the captain's ship was fighting for its life. # recap
}
{
- boz_ob == 2: On the channel, at three in the morning, you heard the captain sound like something else. You have told Will. You have told no one else. # recap
- boz_ob >= 1: On the channel, at three in the morning, the captain sounded like a man holding a door shut. # recap
- else: On the channel, at three in the morning, the captain sounded afraid, and like himself. # recap
}
~ cochrane_chose = cochrane_told == 2 && cochrane_back == 3
~ boz_drunk = false
~ boz_fear = 0
-> engineering
