"""One-sentence articles, every sentence made up for the test, through the whole pipeline
(extractors, classifier, incident layer): the sub-type of the first event they export (None: no
event). The rule-level cases of the same wording are in ``test_news_typing``."""

from __future__ import annotations

import pytest


WHOLE_SENTENCES = [
    # forces that drive a group out of villages regain them
    ("Soldiers have driven the militia out of two hamlets near the river, an army spokesman said on Monday.",
     "Government regains territory"),
    # fighters who take a police post, or raise their flag over an office, overtake territory; over
    # an office the troops had left, without a fight, it is handed over (ACLED's overtaking is a
    # battle: it needs an armed interaction)
    ("Rebel fighters took over a police post on the edge of the town on Sunday, residents said.",
     "Non-state actor overtakes territory"),
    ("Insurgents raised their flag over the district office on Sunday after a two-hour gun battle.",
     "Non-state actor overtakes territory"),
    ("Insurgents raised their flag over the district office on Sunday after the troops left.",
     "Non-violent transfer of territory"),
    # a bomber who sets off his own explosives is a suicide bombing
    ("An attacker set off her explosives at the gate of the army barracks on Tuesday, killing six soldiers.",
     "Suicide bomb"),
    # a chemical agent is a chemical weapon whatever delivered it; so are shells that carry gas
    ("Medics said 25 people showed signs of chlorine gas poisoning after shells hit the town on Friday.",
     "Chemical weapon"),
    ("Shells containing gas landed in the northern district on Monday, causing breathing problems among "
     "residents, medics said.", "Chemical weapon"),
    # a group under a new name, renamed, or whose fighters defect changes; not a rename told in passing
    ("The armed wing of the movement now operates under a new name, its spokesman said on Monday.",
     "Change to group/activity"),
    ("The militia renamed itself the Northern Guard on Monday, its spokesman said.", "Change to group/activity"),
    ("Dozens of fighters of the rebel brigade defected to the army on Tuesday, a military spokesman said.",
     "Change to group/activity"),
    ("The valley is held by the Northern Front, which changed its name from the Valley Brigade last year.", None),
    # a training camp or a forward operating base is a base; control handed over is a transfer
    ("Militants set up a training camp in the hills above the valley, officials said on Friday.",
     "Headquarters or base established"),
    ("The marines set up a forward operating base outside the port town on Thursday, officials said.",
     "Headquarters or base established"),
    ("The militia handed control of the border crossing to the police on Thursday.",
     "Non-violent transfer of territory"),
    # a place taken back is the government's regaining only when a state's forces take it
    ("Rebel fighters recaptured the hilltop village from the militia on Sunday, a monitor said.",
     "Non-state actor overtakes territory"),
    ("Army troops recaptured the hilltop village from the rebels on Sunday, a monitor said.",
     "Government regains territory"),
    # a mine is a landmine by its blast or attack words, not a mine where people work
    ("Gunmen fired on a lorry taking labourers to a gold mine on Monday, killing three of them.", "Attack"),
    ("A shepherd was killed when he stepped on a mine near the frontier on Monday.",
     "Remote explosive/landmine/IED"),
    ("A mine exploded under an army truck on the road to the frontier on Monday, killing two soldiers.",
     "Remote explosive/landmine/IED"),
    ("Insurgents carried out a mine attack on a police patrol near the frontier on Monday, killing two officers.",
     "Remote explosive/landmine/IED"),
    # aircraft told striking are an air strike; kidnappers told seizing someone an abduction
    ("Military aircraft struck a party in the remote hamlet, killing 12 people.", "Air/drone strike"),
    ("Kidnappers snatched a bank manager outside his home in the capital on Monday, his employer said.",
     "Abduction/forced disappearance"),
    # a silent or prayer vigil held by a crowd is a protest; a curfew or emergency declared is "Other"
    ("Hundreds of students held a silent vigil outside the ministry on Friday.", "Peaceful protest"),
    ("Authorities imposed a dusk-to-dawn curfew on the port city on Saturday after days of unrest.", "Other"),
    # villagers killed by bandits in a raid that burned homes: an attack, the police who tell it no
    # armed side hit
    ("Bandits killed seven villagers and burned homes in a night raid on a hamlet, police said.", "Attack"),
    # a place retaken before the fire that came with it: the retaking is the event
    ("Soldiers retook the river crossing after the insurgents pulled back under heavy shelling.",
     "Government regains territory"),
    # a state's forces beating someone, or soldiers burning houses, are no mob and no riot
    ("Police officers assaulted a student inside a station in the eastern district on Tuesday.", "Attack"),
    ("Soldiers beat a shopkeeper at a checkpoint on the edge of town on Sunday.", "Attack"),
    ("Military forces set fire to a dozen houses in the hill village on Wednesday.",
     "Looting/property destruction"),
    # a place taken back in any tense is regained, whatever earlier fall the sentence recalls
    ("Troops have taken back the river port, a month after rebels overran it, the army said.",
     "Government regains territory"),
    # a flag hoisted over a place taken; a shell that gives off gas is a chemical weapon
    ("Militants hoisted their flag over the customs post at the border crossing on Friday.",
     "Non-state actor overtakes territory"),
    ("Medics said dozens choked after rockets gave off a green gas over the camp.", "Chemical weapon"),
    # a place handed to another force is a transfer, with or without "over"
    ("The militia left the airport and handed it to the national army under a deal brokered by elders.",
     "Non-violent transfer of territory"),
    # a town "taken" in any tense; places taken over from those who left them are a transfer
    ("The insurgent alliance said its fighters had taken the river town after the garrison fled.",
     "Non-state actor overtakes territory"),
    ("Government troops took over the bases abandoned by the retreating militia on Monday.",
     "Non-violent transfer of territory"),
    # people killed by their office or trade, one by one, are civilians: an ambush on them is an attack
    ("Gunmen killed a village chief and his son in an ambush on the road to the market.", "Attack"),
    # marchers who died after the forces fired on their rally met excessive force
    ("Three marchers died after soldiers opened fire on a rally against price rises, witnesses said.",
     "Excessive force against protesters"),
    # an armed group suspending its operations changes its activity; gatherings banned are "Other"
    ("The rebel movement said it was suspending its military operations for the rainy season.",
     "Change to group/activity"),
    ("The governor banned all protests in the province for a month.", "Other"),
    # armed men named as the dead, no civilian among them: a battle, not an attack on civilians
    ("Over 30 Rebel Fighters Killed in Northfield Province", "Armed clash"),
    # unless they were put to death in captivity
    ("Militants executed four captured soldiers in the desert, a monitor said.", "Attack"),
    # a headline's present tense: "rebels shell …" is shelling, whatever it hit (here a rally)
    ("Rebels shell election rally in northern city, 12 killed", "Shelling/artillery/missile attack"),
    # a place the group "now controls"; a person not seen since is disappeared
    ("Separatist fighters now control most of the eastern district, residents said on Tuesday.",
     "Non-state actor overtakes territory"),
    ("Masked men took the trade unionist from his office in the port, and he has not been seen since.",
     "Abduction/forced disappearance"),
    # networks shut down are "Other"; a faction joining the army changes its activity
    ("Authorities shut down the internet in the northern provinces on Thursday.", "Other"),
    ("Hundreds of former rebels joined the national army at a ceremony in the capital on Monday.",
     "Change to group/activity"),
    # one man's career in the army is no group's change
    ("The victim had served in the Navy before joining the Army, his family said.", None),
    # armed men are no mob; activists glued to a road and arrested are a protest broken up
    ("A mob of armed youths beat two traders at the market on Sunday.", "Attack"),
    ("Police detained twelve activists who had chained themselves to the gates of the coal plant.",
     "Protest with intervention"),
    # a truce brokered between two sides is their agreement
    ("Religious leaders brokered a truce between the two families after a week of feuding.", "Agreement"),
    # an outpost overrun is a place taken, whatever arms were seized with it
    ("Insurgents overran a police outpost near the border and seized rifles and a truck, officials said.",
     "Non-state actor overtakes territory"),
    # fire on an armed side's positions is a clash, grenade launchers no hand grenade; a "People's"
    # militia is no crowd of civilians
    ("Government troops fired grenade launchers and machine guns at the positions of the Northern People's "
     "Militia on Tuesday.", "Armed clash"),
    # a try to establish control, repelled, is a clash, not a place regained
    ("Militia fighters tried to establish control over the hill village but were repelled by the army.",
     "Armed clash"),
    # a protest where no word tells an intervention stays peaceful, whatever the classifier reads
    ("Supporters of the jailed leader rallied in front of police headquarters in the capital on Sunday.",
     "Peaceful protest"),
    # forces that withdraw hand a place over; a student who withdrew from a school district does not
    ("The student withdrew from the school district last month, officials said.", None),
    # a ceasefire announced is no group's change of activity: it halts fighting
    ("The two powers announced a deal on Saturday that would establish a nationwide cease-fire from Monday.", None),
    # an army that tells of a place it "liberated" or "reclaimed" regained it
    ("After a two-week offensive, the federal army announced it had liberated the last district held by the separatists.",
     "Government regains territory"),
    ("The regular army reclaimed two border villages from the separatists on Friday.", "Government regains territory"),
    # factions that agree on a merger, or a movement that renounces its armed struggle, change
    ("Three armed factions in the north agreed on a merger on Wednesday, their leaders said.",
     "Change to group/activity"),
    ("The rebel movement renounced its armed struggle in a televised statement on Sunday.", "Change to group/activity"),
    # mines and shells cleared are weapons disrupted
    ("Deminers removed 40 unexploded mortar shells from the school grounds on Monday.", "Disrupted weapons use"),
    # a vessel seized with the weapons it carried is weapons disrupted
    ("Coast guards seized a vessel carrying explosives and rifles off the coast.", "Disrupted weapons use"),
    # people held who had gathered outside a seat of power were protesting
    ("Police arrested 30 teachers who had gathered outside the education ministry on Tuesday.",
     "Protest with intervention"),
    # a crowd that riots over a road accident riots: the accident is its grievance, not the event
    ("Residents set fire to tyres and hurled stones at police after a motorcyclist was hit by a truck.",
     "Violent demonstration"),
    # a deal struck is an agreement; heavy weapons withdrawn are no shelling
    ("The government and the rebels struck a deal on the release of prisoners, mediators said.", "Agreement"),
    ("The two armies agreed on the withdrawal of heavy weapons from the border area.", "Agreement"),
    # a town taken under a surrender deal is a transfer, not a regaining
    ("Government troops took control of the town under a surrender deal after the militants left.",
     "Non-violent transfer of territory"),
    # a network cut is a strategic development
    ("Authorities cut mobile internet services in the restive region on Friday.", "Other"),
    # two armed sides that trade heavy gunfire clash
    ("Soldiers and fighters loyal to a former minister traded heavy gunfire in the northern district overnight.",
     "Armed clash"),
    # an army that says its troops cleared militants out of villages regained them
    ("The army said its troops had cleared the militants out of three villages near the river.",
     "Government regains territory"),
    # a group that disbands its military wing changes; bodies handed over are no territory
    ("The rebel movement disbanded its military wing on Monday.", "Change to group/activity"),
    ("The militia handed over the bodies of two soldiers to the Red Cross on Monday.", None),
    # an arms cache found is weapons disrupted; an operations centre set up is a base
    ("Police discovered a large arms cache in a farmhouse outside the town.", "Disrupted weapons use"),
    ("The militia set up a new operations centre in the old customs building.", "Headquarters or base established"),
    # bases left by departing troops, taken over, change hands without a fight
    ("Peacekeepers took over the bases left by the departing troops on Friday.", "Non-violent transfer of territory"),
    # captives put to death are an attack, whatever fight the sentence recalls; an attack "executed" is not
    ("The militants executed six captured soldiers who had fought against them near the dam, the monitor said.",
     "Attack"),
    ("Gunmen executed a complex attack on the army base, sparking hours of fighting.", "Armed clash"),
    # control wrested back is regained; gunmen who occupy a town hall, no one hurt, take it
    ("Government troops wrested back control of the river port from the rebels on Sunday.",
     "Government regains territory"),
    ("Gunmen of the armed group occupied the town hall on Tuesday, residents said.",
     "Non-state actor overtakes territory"),
    # an air force that conducted raids struck from the air; a ransom demanded tells a kidnapping
    ("The air force conducted raids on suspected militant camps in the desert, officials said.", "Air/drone strike"),
    ("Kidnappers who took a doctor from his clinic are demanding a ransom of 50,000 dollars.",
     "Abduction/forced disappearance"),
    # rioters who loot riot; armed men who torch houses destroy property (no crowd riots)
    ("Rioters smashed windows and looted stores in the city centre overnight.", "Violent demonstration"),
    ("Armed men torched the houses of three families in the village on Tuesday.", "Looting/property destruction"),
    # a leader's death that a change follows is no killing told
    ("The rebel movement named a new commander following the death of its leader.", "Change to group/activity"),
    # a curfew imposed after clashes is the measure, the clashes its cause
    ("The governor imposed a night curfew in the town following clashes between herders and farmers.", "Other"),
    # headlines in the present tense
    ("Riot police break up student march, detain 20", "Protest with intervention"),
    ("Soldiers kill three protesters at fuel price rally", "Excessive force against protesters"),
    ("Rebel alliance splits into three rival factions", "Change to group/activity"),
    ("Bomb squad defuses device at train station", "Disrupted weapons use"),
    ("Peacekeepers open new base in northern province", "Headquarters or base established"),
    ("Militia hands over city to army after talks", "Non-violent transfer of territory"),
    # an air base seized is territory taken; a car bomb driven into its target is a suicide bombing
    ("The militants said they had seized an air base north of the city.", "Non-state actor overtakes territory"),
    ("A bomber drove an explosives-laden car into the police headquarters, killing nine officers.", "Suicide bomb"),
    # people detained at a march were protesting
    ("Police detained 12 students at a march against tuition fees on Friday.", "Protest with intervention"),
    # a truce agreed that "will take effect" is an agreement made (no territory "will take")
    ("The two sides agreed to a truce that will take effect on Sunday, the envoy announced.", "Agreement"),
    # a missile intercepted with "no one hurt" hurt no one
    ("The army said it had intercepted a missile over the port, and no one was hurt.", "Disrupted weapons use"),
    # groups that agree to form a joint command change; they make no agreement between sides
    ("Five rebel groups agreed to form a joint command in the south, their leaders said.", "Change to group/activity"),
    # exposure to a toxic substance is a chemical weapon; barrel bombs fall from aircraft
    ("Dozens of villagers were treated for exposure to a toxic substance after shells hit the area, medics said.",
     "Chemical weapon"),
    ("Army helicopters dropped barrel bombs on the rebel-held town on Friday, killing seven.", "Air/drone strike"),
    # a strike of so many days is a protest; a demonstrator who died of what forces fired met lethal force
    ("Bus drivers began a two-day strike over fuel prices on Monday.", "Peaceful protest"),
    ("A demonstrator died after being struck by a rubber bullet fired by security forces.",
     "Excessive force against protesters"),
    # a crowd that burns a suspect alive is a mob
    ("A crowd of villagers burned a suspected thief alive on Sunday.", "Mob violence"),
    # detainees exchanged are an agreement carried out; a front that turns itself into a party changes
    ("The two sides exchanged 40 detainees at the border crossing on Thursday.", "Agreement"),
    ("The rebel front said it would turn itself into a political party after the war.", "Change to group/activity"),
    # 200 pistols seized are weapons disrupted; a clinic burned down is property destroyed
    ("Customs officers seized 200 pistols hidden in a shipping container at the port.", "Disrupted weapons use"),
    ("Militants burned down a health clinic in the northern village on Tuesday.", "Looting/property destruction"),
    # a truce named as what came before voids no handover; a broadcaster closed is a strategic development
    ("Government troops handed control of the district to local police after the truce.",
     "Non-violent transfer of territory"),
    ("The government closed down two independent television stations on Monday.", "Other"),
    # a place reoccupied is regained; rebels "now in control of" a place took it
    ("Government forces reoccupied the district headquarters on Monday after heavy fighting.",
     "Government regains territory"),
    ("The rebels are now in control of the airport, a spokesman said.", "Non-state actor overtakes territory"),
    # a greenish cloud and people short of breath tell a chemical agent
    ("Residents reported a greenish cloud over the village after the bombardment, and many had trouble breathing.",
     "Chemical weapon"),
    # villagers who beat suspects to death are a mob
    ("Villagers beat the two suspected robbers to death on Friday.", "Mob violence"),
    # a group's new wing announced changes it; a controlled explosion disrupts a weapon; command posts set up
    ("The movement announced the formation of a new armed wing in the east.", "Change to group/activity"),
    ("Police carried out a controlled explosion of a suspicious bag at the airport.", "Disrupted weapons use"),
    ("The army set up two command posts in the valley.", "Headquarters or base established"),
    # a reward for information leading to an arrest reports no arrest
    ("A reward of 5,000 dollars was offered for information leading to the arrest of the gunman.", None),
    # a chemical agent makes a chemical weapon whatever delivered it
    ("A rocket struck the village, and 20 people suffered sarin exposure.", "Chemical weapon"),
    # a gas field taken over; the signs of a nerve agent; a hostage held for ransom
    ("Rebel fighters have taken over the gas field near the border, residents said.",
     "Non-state actor overtakes territory"),
    ("Doctors said several patients were foaming at the mouth after the shelling.", "Chemical weapon"),
    ("Gunmen are holding two aid workers for ransom in the forest.", "Abduction/forced disappearance"),
    # groups merged into one; a parliament dissolved
    ("Three militias merged to form a new alliance on Sunday.", "Change to group/activity"),
    ("The military council dissolved the national assembly on Tuesday.", "Other"),
    # what a crowd accused its victim of is no type of the sentence
    ("A crowd burned a man to death after accusing him of kidnapping a boy.", "Mob violence"),
]


@pytest.mark.parametrize("sentence, sub", WHOLE_SENTENCES, ids=[s[:40] for s, _ in WHOLE_SENTENCES])
def test_a_one_sentence_article_is_typed_by_its_wording(resources, sentence, sub):
    from made_up_articles import events

    evs = events(resources, sentence, published="2023-05-16")
    assert (evs[0].sub_event_type if evs else None) == sub
