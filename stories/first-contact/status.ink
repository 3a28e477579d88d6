// Where things stand, for the game's "story so far" screen. The game calls
// this function aside, never the story, and puts the story back exactly as it
// was afterwards. It only reads: no global is assigned, nothing diverts and
// nothing is offered, and each line says only what is known by `chapter`.
// Chapter Three's working copies (`eva_route` among them) are set as it opens
// and zeroed as it ends, which is how the interlude, still chapter three,
// knows the dish is behind it.

=== function status() ===
~ temp dish_done = chapter > 3 || (chapter == 3 && eva_route == 0)

// The voice, from the prologue on: how far he let it in over Earth.
{
- chapter == 0 && not prologue.pro_riker:
    The Collective's voice is murmuring under the fleet's channel, and the captain has not yet decided whether to hear it.
- pro_vortex.push:
    The captain let the Collective's voice in over Earth, then forced it out again on one knee on his own bridge. {pro_listened <= 0:It has been quiet since.|It has not gone.}
- pro_listened >= 2:
    The captain followed the Collective's voice where it led, and it knows the way back in.
- pro_listened == 1:
    The captain has listened to the Collective's voice, and what it told him was true.
- else:
    The captain has kept the Collective's voice at arm's length.
}
// What keeping it out cost at the cube; what letting it in spared.
{
- pro_battle.pro_cube.arms:
    Keeping the voice out cost a minute at the cube, and in that minute the Yeager and Captain Rhee were lost, holding the place the captain had given them.
- chapter == 0 && (pro_battle.pro_cube.point || pro_battle.pro_cube.further):
    Captain Rhee and the Yeager came through the battle{pro_vortex.hawk_flew or pro_arrival:; then the sphere changed the past, and they were gone with the rest of the fleet}.
}
// And the hunt it feeds, from the holodeck on.
{ chapter >= 2:
    {
    - obsession >= 6:
        There is very little of the captain left that is not the hunt.
    - obsession >= 4:
        The captain wants the Borg more than he wants anything else now, and the people near him can see it.
    - obsession >= 2:
        The fight has started to pull at the captain. He still notices when it does.
    }
}

// Deck Sixteen, from the first chapter on.
{ chapter >= 1:
    {
    - pro_warned:
        Porter and Haddad were pulled off Deck Sixteen before anyone went into the tubes.
    - else:
        Porter and Haddad went into the tubes on Deck Sixteen, and did not come out.
    }
}
// Sickbay while the first chapter lasts: sealed in, until the tube.
{ chapter == 1:
    {not sickbay_tube:The captain has sealed Deck Sixteen, and sickbay with it: Beverly, her staff, her wounded and Lily Sloane are shut in with whatever is in the walls.}
    {crusher_hurt:A drone's tubules have grazed Beverly.}
}

// Sickbay, once the first chapter is over: who came out, and who was left
// (as the chapter's recap and the epilogue's list count them).
{ chapter >= 2:
    {
    - sickbay_out ? patients && sickbay_out ? tolland:
        Beverly brought Ogawa, Tolland and the wounded up the tube.
    - sickbay_out ? patients:
        Beverly got Ogawa and the wounded up the tube. The drones took Tolland.
    - sickbay_out ? tolland:
        Beverly got out with Ogawa and Tolland. All her other patients were left on Deck Sixteen with the hologram.
    - sickbay_out ? ogawa:
        Only Ogawa came up the tube with Beverly. The drones took Tolland, and the wounded are still down there.
    - else:
        Nobody came out of sickbay.
    }
    {
    - sickbay_out !? patients:
        // (said above)
    - sickbay_run:
        Mira Voss, Hana Park and Ade Adebayo could not walk, and were left with the hologram.
    - not sickbay_hold.carry_voss:
        Mira Voss could not be moved, and was left behind in her stabilizer.
    }
    {
    - eng_bridge.vote.sleeve:
        Beverly hid a drone's graze from everyone until the captain turned her wrist to the light on the bridge.
    - crusher_hid == 2 && (holo_close.walk || eva_lily_scene.here):
        A drone's tubules grazed Beverly on the way out. She has told no one, but Lily saw her cover it, and Lily has told the captain.
    - crusher_hid == 2:
        A drone's tubules grazed Beverly on the way out. She has told no one; only Lily saw her cover it.
    - crusher_hid == 1:
        A drone's tubules grazed Beverly on the way out, and she has told no one.
    - crusher_hurt:
        A drone's tubules grazed Beverly on the way out. It has been seen to, and she has not hidden it.
    }
}

// Lily: how she left Beverly, then where she stands with the captain.
{
- chapter >= 3:
    {
    - lily_trust_picard >= 3:
        Lily trusts the captain, and he knows that it is his to lose.
    - lily_trust_picard == 2:
        Lily trusts the captain further than she meant to.
    - lily_trust_picard == 1:
        Lily will work beside the captain. She has not made up her mind about him.
    - else:
        Lily does not trust the captain, and has stopped pretending she might.
    }
- chapter == 2:
    {
    - lily_trust >= 2:
        Lily left Beverly trusting her, and ready to trust the people Beverly trusts.
    - lily_trust == 1:
        Lily left Beverly willing to listen, if not yet to believe.
    - lily_trust == 0:
        Lily slipped away from Beverly wary of every uniform on this ship.
    - else:
        Lily slipped away from Beverly hating every uniform on this ship.
    }
    {lily_armed: She took a rifle with her.}
}

// Data, and the order about the taken, from the assault on engineering on.
{
- data_lost ? rearguard:
    Data held the hatch in engineering so the team could fall back, and the drones closed over him.
- data_lost ? went_back:
    Data broke the captain's order to go back for Lindqvist. She is alive; he did not come back out.
- data_lost ? reached:
    Data pulled the captain clear at the coolant valves, and was taken doing it.
}
{ data_lost != () && chapter < 5:
    {data_word: The captain promised him he would come back.|Nobody promised him anything.}
}
{ data_lost != ():
    {
    - assault_order ? fire_first:
        At the doors of engineering the captain's order was to fire first on faces they knew, and Ensign Marr shot down Ensign Sato, who had been one of them.
    - assault_order ? bring_back:
        At the doors of engineering the captain's order was to bring the taken back, and Ensign Marr, reaching for one of them, was touched himself.
    - else:
        At the doors of engineering the captain gave no order about the taken, and while his people hesitated, Ensign Marr was touched.
    }
}

// The holodeck, once Chapter Two is over: what the captain did in the Club Tangier.
{ holo_route != () && (chapter >= 3 || holo_close):
    {
    - holo_fight.burst.drum:
        In the Club Tangier the captain emptied a Thompson gun into the drones, and Gus the barman died under it.
    - holo_route ? fought:
        In the Club Tangier the captain cut the drones down with a Thompson gun: lead, which they could not learn.
    - holo_route ? hid:
        In the Club Tangier the captain and Lily {holo_hide.pass.dance:danced|sat still at a table} while the drones walked past{holo_hide.tail.reach:, and then he went after the last of them|}.{holo_leave.stillrunning.left_running: Mae Fontaine is still singing there to an empty room.}
    - holo_fiction.burn.saved:
        In the Club Tangier the captain turned the holonovel against the drones, then froze it to save its people, and let the drone it held walk free.
    - else:
        In the Club Tangier the captain turned the holonovel against the drones, and let it burn to hold one of them. The Dixon Hill program is gone.
    }
}

// The Borg plan, until the dish; then how the beacon was stopped.
{
- dish_done && eva_way ? way_locks:
    The beacon is gone: its three maglocks let go one by one, and the whole array pushed off into space.
- dish_done && eva_way ? way_whole:
    The beacon was shot whole, with the warp core's feed closed first. The dish is wrecked; the ship is not.
- dish_done && eva_way ? way_burned:
    The beacon was shot whole with the feed still live. The backflash burned the forward decks, and the taken in their alcoves with them.
- dish_done && eva_way ? way_voice:
    The drones let the beacon go themselves, told to in the Collective's own voice. The captain's voice.
- chapter >= 2 && plan_known >= 3:
    The drones are building a beacon on the deflector dish to call the Collective of this century, out in the Delta Quadrant. It is held down by three maglocks, and the captain knows how little time is left.
- chapter >= 2 && plan_known == 2:
    The drones are building a beacon on the deflector dish, to call the Collective of this century, out in the Delta Quadrant.
- chapter >= 2 && plan_known == 1:
    Something is being built out on the deflector dish. Nobody yet knows what it is for.
- chapter >= 2:
    What the drones are making of the ship is still anybody's guess.
}

// The dish: Hawk, Worf, the crewman at the mast, the captain's hands.
{ dish_done:
    {
    - eva_hawk ? hawk_alive:
        Hawk came back in through the airlock.
    - eva_hawk ? hawk_taken && chapter >= 5:
        Hawk was taken by the drones on the dish, and did not come back to himself.
    - eva_hawk ? hawk_taken:
        Hawk was carried into the ship by the drones.
    - eva_locks_way.hawk_back.kill_hawk:
        The drones took Hawk on the dish and sent him back at the captain, and the captain killed him with his own hands.
    - eva_locks_way.hawk_back.call_worf:
        The drones took Hawk on the dish and sent him back at the captain, and Worf killed him so that the Collective could not use him.
    - eva_hawk ? hawk_lost && eva_way ? way_burned:
        The backflash threw Hawk off the dish, and the captain kept his boots locked to the hull.
    - eva_hawk ? hawk_lost:
        Hawk did not come back from the dish.
    }
    {eva_worf_hurt: Worf came back with his suit breached and one lung full of frozen blood.}
    {
    - eva_back.taken_one.carry:
        The captain carried Ensign {pro_warned:Abara|Haddad} in off the hull, taken but alive. Beverly has her now.
    - eva_whole.face.stop_her || (eva_whole.fire.take_rifle && eva_hands >= 2) || eva_voice.call.send_off:
        Ensign {pro_warned:Abara|Haddad}, whom the drones had taken, died at the mast by the captain's own hand.
    - eva_locks_way.hawk_turn && eva_dish.rim.mark:
        Worf shot Ensign {pro_warned:Abara|Haddad} at the mast on the captain's order, when she turned on Hawk.
    - eva_way ? way_burned:
        Ensign {pro_warned:Abara|Haddad}, whom the drones had taken, burned at the mast when the beacon was shot.
    - eva_way ? way_whole:
        Ensign {pro_warned:Abara|Haddad}, whom the drones had taken, was by the base of the mast when the beacon was shot.
    }
    {
    - eva_hands >= 2 && not (eva_locks_way.hawk_back.kill_hawk || eva_whole.face.stop_her || eva_whole.fire.take_rifle || eva_voice.call.send_off):
        Out there the captain killed one of his own crew with his own hands.
    - eva_hands == 1:
        Out there the captain killed drones with his own hands.
    }
}

// The night at Bozeman, as Troi comes to know it, and once it is over.
{ chapter >= 4 || bozeman.truth:
    {
    - cochrane_told == 2:
        Cochrane has been told everything: the ship, the visitors, the statue.
    - cochrane_told == 1:
        Cochrane knows his flight will be heard and answered. He does not know by whom.
    - else:
        Cochrane has been told as little as would put him in the seat.
    }
}
{ chapter >= 4 || boz_comm:
    {
    - cochrane_back == 3 && (chapter >= 4 || boz_dawn):
        He ran in the night, was let go, and came back alone at first light.
    - cochrane_back == 3:
        He ran into the woods, and Troi made Riker let him go. Nobody knows yet whether he will come back.
    - cochrane_back == 2:
        He ran in the night; Riker stunned him and carried him back.
    - cochrane_back == 1:
        He ran in the night, and Troi talked him back out of the woods.
    - else:
        He nearly ran in the night, and Troi reached him at the fence.
    }
}
{ chapter >= 4 || boz_dawn:
    {
    - phoenix_fix == 0:
        He redid the Phoenix's intake seam himself, sober.
    - phoenix_fix == 1:
        La Forge and Barclay redid the Phoenix's intake seam by hand.
    - else:
        The Phoenix flies on a manifold made in the Enterprise's replicators.
    }
}

// The morning in engineering, as it happens.
{ chapter >= 4:
    {engineering.report.hold_line: Four of Worf's people died holding the Deck Eight junction at dawn.}
    {eng_bridge.answer.insult:When Worf asked for the self-destruct, the captain called him a coward{eng_bridge.answer.off: and sent him off the bridge}{eng_order.sorry:, and has since told him he was wrong}.}
}
{ chapter == 4:
    {
    - eng_evac:
        The captain has given the order to abandon ship. The crew are going to the pods, and the ship is counting down to her own end.
    - eng_stand:
        The captain would not give up the ship. His people are taking her back through the Jefferies tubes, deck by deck.
    }
}
{ chapter >= 5 || eng_order:
    {
    - eng_lounge.no_one:
        Lily never came to the observation lounge. The captain decided alone.
    - eng_lily_word == 2:
        Lily reached him, and he told her so.
    - eng_lily_word == 1:
        Lily told him the truth about himself, and left it with him.
    - eng_lounge.turn.dismiss:
        Lily tried to tell him what he was doing, and he sent her out.
    - else:
        Lily had nothing left to say to him.
    }
}

// The morning, once engineering is behind them.
{ chapter >= 5:
    {
    - eng_outcome ? out_first_contact:
        The ship is retaken, Data is alive, and the crew went to the pods in time.
    - eng_outcome ? out_hollow:
        The ship is retaken and Data is alive, at a price the captain chose.
    - eng_outcome ? out_scuttled:
        The Enterprise is gone by her own hand, and Data and the Queen with her.
    }
}
