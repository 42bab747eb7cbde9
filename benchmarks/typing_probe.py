"""News-sentence typing on made-up sentences, one or more per ACLED sub-event type.

Every sentence below was written for this project (news style, invented or generic facts) and
is typed the way ``crossbearing run`` types an article: the whole pipeline on a one-sentence
article, the first event it exports. Four sets, in the order they were written (eighteenth
round): ``tuning`` (read while writing the typing rules of ``events.detect``), ``second``
(measured once before being read, then read), ``fresh`` (measured before and after the rules
without being read first, then its misses read), ``fourth`` (the same, written after the
rules of the first three were in), ``fifth`` and ``sixth`` (fifty-second round: measured once
before being read, 24 and 19 of 30, then read), ``seventh`` (written after that round's rules,
measured once and not read), ``eighth`` (fifty-fourth round: headline and lead wording, passive
voice, rarer sub-types; measured once before being read). Real held-out news is scored by `crossbearing
eval news`; this is a quick check that each sub-type has a path a news sentence can take.

    .venv/bin/python benchmarks/typing_probe.py [--set fresh] [--misses]
"""

from __future__ import annotations

import argparse
import sys

SENTENCES: dict[str, list[tuple[str, str]]] = {
    "tuning": [
        ('Government regains territory', 'Syrian government forces recaptured the town of Khan Tuman from rebels on Sunday, state media said.'),
        ('Government regains territory', 'The army retook control of the village after days of fighting with militants.'),
        ('Non-state actor overtakes territory', 'Al-Shabaab fighters seized the town of El Wak after Kenyan troops withdrew on Monday.'),
        ('Non-state actor overtakes territory', 'Taliban insurgents captured the district headquarters in Kunduz province overnight.'),
        ('Armed clash', 'Soldiers clashed with gunmen in the outskirts of Maiduguri on Tuesday, leaving six insurgents dead.'),
        ('Armed clash', 'Fighting between rival militias broke out in Tripoli, killing 12 people.'),
        ('Armed clash', 'Troops exchanged fire with rebels near the border for several hours.'),
        ('Excessive force against protesters', 'Police opened fire on demonstrators in Khartoum, killing three protesters.'),
        ('Excessive force against protesters', 'Security forces shot dead two people during a protest against fuel prices in Conakry.'),
        ('Protest with intervention', 'Police fired tear gas to disperse hundreds of students protesting in Nairobi.'),
        ('Protest with intervention', 'Riot police arrested dozens of protesters who marched on parliament in Kampala.'),
        ('Peaceful protest', 'Thousands of people marched peacefully through Santiago on Saturday to demand pension reform.'),
        ('Peaceful protest', 'Teachers staged a sit-in outside the education ministry in Beirut over unpaid wages.'),
        ('Violent demonstration', 'Protesters threw stones at police and set tyres on fire in Port-au-Prince.'),
        ('Violent demonstration', 'Demonstrators torched a police station and looted shops in the city centre.'),
        ('Mob violence', 'A mob lynched a man accused of stealing a motorbike in Lagos.'),
        ('Mob violence', 'Villagers armed with machetes attacked and killed two suspected thieves.'),
        ('Chemical weapon', 'A chlorine gas attack on the town left dozens of people struggling to breathe, medics said.'),
        ('Air/drone strike', 'Saudi-led coalition air strikes hit a market in Saada, killing 20 civilians.'),
        ('Air/drone strike', 'A US drone strike killed three suspected al-Qaeda militants in Shabwa province.'),
        ('Suicide bomb', 'A suicide bomber blew himself up at a mosque in Kabul, killing 30 worshippers.'),
        ('Shelling/artillery/missile attack', 'Rebels shelled government-held neighbourhoods of Aleppo, killing four civilians.'),
        ('Shelling/artillery/missile attack', 'Mortar rounds landed on the camp, wounding seven people.'),
        ('Shelling/artillery/missile attack', 'Hamas fired rockets at southern Israel on Wednesday.'),
        ('Remote explosive/landmine/IED', 'A roadside bomb struck a military convoy in Diyala, killing two soldiers.'),
        ('Remote explosive/landmine/IED', 'A car bomb exploded near a checkpoint in Mogadishu on Friday.'),
        ('Remote explosive/landmine/IED', 'A landmine blast killed a shepherd in the province.'),
        ('Grenade', 'A man threw a grenade into a crowded bar in Bujumbura, injuring nine people.'),
        ('Sexual violence', 'Soldiers raped several women during a raid on the village, a rights group said.'),
        ('Attack', 'Gunmen killed 15 villagers in an attack on a village in Zamfara state.'),
        ('Attack', 'Unidentified assailants shot dead a local journalist in Veracruz.'),
        ('Attack', 'Herders attacked farmers in Benue state, killing 23 people.'),
        ('Abduction/forced disappearance', 'Gunmen abducted 20 passengers from a bus on the Kaduna-Abuja highway.'),
        ('Abduction/forced disappearance', 'Armed men kidnapped a Catholic priest from his parish on Sunday.'),
        ('Agreement', 'The government and the rebel group signed a ceasefire agreement in Juba on Thursday.'),
        ('Arrests', 'Police arrested 40 opposition supporters ahead of the rally in Harare.'),
        ('Arrests', 'Security forces detained a prominent activist at his home on Tuesday.'),
        ('Change to group/activity', 'The militia announced it was merging with another armed group.'),
        ('Disrupted weapons use', 'Soldiers defused an explosive device planted near a school in Kidal.'),
        ('Disrupted weapons use', 'Air defences intercepted two drones launched towards the airport.'),
        ('Headquarters or base established', 'The rebels set up a new base in the hills above the town.'),
        ('Looting/property destruction', 'Militiamen looted and burned dozens of homes in the village.'),
        ('Looting/property destruction', 'Armed men set fire to a school and a health centre.'),
        ('Non-violent transfer of territory', 'Rebel fighters withdrew from the town, handing it over to government forces under a deal.'),
        ('Other', 'The military imposed a curfew on the city after the unrest.'),
    ],
    "second": [
        ('Armed clash', 'Clashes between the army and Houthi fighters near Marib left 20 combatants dead.'),
        ('Armed clash', 'Heavy fighting raged between government troops and RSF paramilitaries in Omdurman on Friday.'),
        ('Attack', 'Gunmen stormed a church during Sunday mass and killed 22 worshippers.'),
        ('Attack', 'A man was shot dead by unknown gunmen outside his home in Culiacan.'),
        ('Excessive force against protesters', 'Troops fired live rounds at protesters in Yangon, killing at least five people.'),
        ('Excessive force against protesters', 'Two demonstrators were shot dead by police during a rally against the election results.'),
        ('Protest with intervention', 'Police used tear gas and water cannon against thousands of opposition supporters in Dhaka.'),
        ('Protest with intervention', 'Officers detained 15 activists who were protesting outside the embassy.'),
        ('Peaceful protest', 'Hundreds of farmers protested in Delhi against the new agriculture laws.'),
        ('Violent demonstration', "Angry protesters set fire to the governor's office and blocked roads with burning tyres."),
        ('Violent demonstration', 'Rioters clashed with police and smashed shop windows in the capital.'),
        ('Mob violence', 'A crowd beat to death a man suspected of witchcraft in the village.'),
        ('Mob violence', 'Residents lynched two suspected kidnappers in the town on Wednesday.'),
        ('Air/drone strike', 'Israeli warplanes struck targets in the Gaza Strip overnight.'),
        ('Shelling/artillery/missile attack', 'Russian artillery pounded the outskirts of Kharkiv, wounding three civilians.'),
        ('Remote explosive/landmine/IED', "An improvised explosive device killed four soldiers on patrol in Mali's Mopti region."),
        ('Suicide bomb', 'A suicide car bomber struck a police base in Mogadishu, killing eight officers.'),
        ('Disrupted weapons use', 'Bomb disposal experts defused a car bomb parked outside the ministry.'),
        ('Disrupted weapons use', 'Ukrainian air defences shot down 30 drones overnight, the air force said.'),
        ('Abduction/forced disappearance', 'Bandits kidnapped 80 students from a boarding school in Kebbi state.'),
        ('Arrests', 'Police arrested three men suspected of planning an attack on a police station.'),
        ('Agreement', 'The two sides agreed to a 72-hour truce brokered by the United States.'),
        ('Looting/property destruction', 'Militants burned down dozens of houses in the village after the attack.'),
        ('Non-state actor overtakes territory', 'Jihadists took control of the town after government forces fled.'),
        ('Government regains territory', 'The army said it had liberated the city from Islamic State fighters.'),
        ('Sexual violence', 'A girl was raped by soldiers at a checkpoint, her family said.'),
        ('Grenade', 'Attackers hurled a grenade at a police patrol in Srinagar, injuring two officers.'),
        ('Headquarters or base established', 'The militia established a new base on the outskirts of the town.'),
    ],
    "fresh": [
        ('Armed clash', 'Government soldiers and ADF rebels fought for hours near Beni, leaving 14 dead on both sides.'),
        ('Armed clash', 'Two people were killed in a gun battle between police and suspected gang members in Kingston.'),
        ('Armed clash', 'Clashes erupted between Ethiopian federal forces and Amhara militia near Gondar on Sunday.'),
        ('Attack', "Unknown gunmen shot and killed a village chief in Burkina Faso's north on Saturday."),
        ('Attack', 'Fulani militants killed 12 farmers in a night raid on a village in Plateau state.'),
        ('Excessive force against protesters', 'At least four people died when security forces fired on crowds protesting the coup in Khartoum.'),
        ('Excessive force against protesters', 'Police killed two demonstrators in Nairobi as anti-tax protests turned deadly.'),
        ('Protest with intervention', 'Police dispersed a march by opposition supporters in Harare using batons.'),
        ('Protest with intervention', 'More than 50 climate activists were arrested after blocking a motorway in London.'),
        ('Peaceful protest', 'Nurses went on strike across the country on Monday to demand higher pay.'),
        ('Peaceful protest', 'Hundreds gathered in front of the parliament to protest against the new media law.'),
        ('Violent demonstration', 'Protesters hurled stones at police and burned cars in the suburbs of Paris.'),
        ('Violent demonstration', 'Angry youths blocked roads and set a police vehicle on fire after the killing of a taxi driver.'),
        ('Mob violence', 'An angry mob set upon two men accused of stealing a cow and burned them alive.'),
        ('Air/drone strike', 'A Turkish drone struck a vehicle near Qamishli, killing two SDF commanders.'),
        ('Air/drone strike', 'Russian jets bombed a hospital in Idlib province on Tuesday.'),
        ('Shelling/artillery/missile attack', 'Separatist forces shelled residential areas of Donetsk, killing a woman.'),
        ('Shelling/artillery/missile attack', 'A missile hit an apartment block in Dnipro, killing 40 people.'),
        ('Remote explosive/landmine/IED', 'A bomb planted on a motorcycle exploded in a busy market in Kirkuk, wounding 11.'),
        ('Suicide bomb', 'A female suicide bomber detonated her vest at a camp for displaced people in Borno.'),
        ('Grenade', 'Assailants lobbed a grenade into a bar in Mombasa, wounding six customers.'),
        ('Abduction/forced disappearance', 'Armed men seized three aid workers from their vehicle near Gao.'),
        ('Arrests', 'Authorities arrested the opposition leader at his home in Kampala early on Tuesday.'),
        ('Sexual violence', 'Several women were sexually assaulted by militiamen during the raid, witnesses said.'),
        ('Looting/property destruction', 'Soldiers looted shops and torched homes in the village, residents said.'),
        ('Disrupted weapons use', 'Police bomb experts safely detonated an explosive device found near the stadium.'),
        ('Government regains territory', 'Iraqi forces recaptured the western district of Mosul from Islamic State.'),
        ('Non-state actor overtakes territory', 'M23 rebels seized the town of Bunagana on the Ugandan border.'),
        ('Agreement', 'The warring parties signed a peace deal in Addis Ababa on Wednesday.'),
        ('Change to group/activity', 'The armed group announced the recruitment of hundreds of new fighters in the region.'),
    ],
    "fourth": [
        ('Peaceful protest', 'Dozens of journalists held a demonstration in Lahore to condemn attacks on the press.'),
        ('Peaceful protest', 'Taxi drivers staged a protest outside city hall over new licensing fees.'),
        ('Peaceful protest', 'Supporters of the jailed opposition leader rallied in the capital on Friday.'),
        ('Peaceful protest', 'Health workers in Lagos downed tools for a second day demanding unpaid allowances.'),
        ('Peaceful protest', 'Residents held a candlelight vigil to demand justice for the murdered activist.'),
        ('Protest with intervention', 'Police broke up a sit-in by unemployed graduates in Rabat and detained several of them.'),
        ('Protest with intervention', "Security forces used batons to disperse women protesting outside the governor's office."),
        ('Excessive force against protesters', 'Soldiers killed at least seven people when they opened fire on a crowd demanding the release of a local leader.'),
        ('Violent demonstration', 'Demonstrators stormed the municipal building and smashed windows during a protest over water shortages.'),
        ('Violent demonstration', 'Football fans rioted after the match, throwing bottles at police officers.'),
        ('Mob violence', 'A group of men attacked a Muslim family in their home after rumours of cow slaughter.'),
        ('Mob violence', 'Supporters of rival parties fought with sticks and stones in the village, injuring eight people.'),
        ('Armed clash', 'Al-Shabaab militants attacked a military base in Lower Shabelle, sparking an hours-long firefight with troops.'),
        ('Armed clash', 'The Indian and Pakistani armies traded fire across the Line of Control on Tuesday.'),
        ('Attack', 'Suspected bandits killed five travellers on the road to Gusau.'),
        ('Attack', 'An off-duty police officer was gunned down in his car in Tegucigalpa.'),
        ('Air/drone strike', 'A helicopter gunship fired on rebel positions in the hills overnight.'),
        ('Shelling/artillery/missile attack', 'Mortar shells fired by militants landed on a school in Maiduguri, killing three pupils.'),
        ('Remote explosive/landmine/IED', 'A bomb hidden in a parked car went off outside a police station in Quetta.'),
        ('Suicide bomb', 'A suicide attacker rammed an explosives-laden truck into an army checkpoint.'),
        ('Abduction/forced disappearance', 'Unknown men abducted a university lecturer from his home in Kaduna.'),
        ('Sexual violence', 'Fighters from the armed group raped at least 12 women in the village of Kalehe.'),
        ('Arrests', 'Authorities detained four journalists who had reported on the corruption scandal.'),
        ('Looting/property destruction', 'Gunmen looted the local health centre and stole medicine.'),
        ('Looting/property destruction', 'The army bulldozed homes belonging to families of suspected militants.'),
        ('Government regains territory', 'Government troops drove jihadists out of the town of Mopti after two days of fighting.'),
        ('Non-state actor overtakes territory', 'The rebels took over the airport after government soldiers abandoned their posts.'),
        ('Agreement', 'Government and rebel negotiators reached an agreement on a prisoner swap.'),
        ('Disrupted weapons use', 'Police seized a large cache of weapons and explosives in a raid on a farmhouse.'),
        ('Headquarters or base established', 'The armed group established a new headquarters in the border town.'),
    ],
    "fifth": [
        ('Air/drone strike', 'Warplanes pound rebel-held town in Idlib, killing 11'),
        ('Air/drone strike', 'An unmanned aircraft targeted a vehicle carrying militants near Jilib on Thursday, killing four.'),
        ('Shelling/artillery/missile attack', 'Artillery fire hits residential district of Donetsk, two civilians wounded'),
        ('Shelling/artillery/missile attack', 'Houthi forces launched a ballistic missile toward Jizan, the Saudi-led coalition said.'),
        ('Remote explosive/landmine/IED', 'Two soldiers were killed when their patrol vehicle hit an improvised explosive device in Mali.'),
        ('Remote explosive/landmine/IED', 'Bomb planted on motorcycle explodes in busy market, killing five'),
        ('Suicide bomb', 'A female suicide bomber detonated her explosives at a checkpoint in Konduga, killing three vigilantes.'),
        ('Armed clash', 'Heavy fighting erupted between government troops and rebels near the town of Bambari on Saturday.'),
        ('Armed clash', 'Militants ambushed an army patrol, sparking a gun battle that lasted two hours.'),
        ('Attack', 'Gunmen on motorbikes stormed a village and shot dead eight residents.'),
        ('Attack', 'Suspected jihadists killed a village chief in an attack on his home.'),
        ('Abduction/forced disappearance', 'Kidnappers seize 30 schoolchildren in raid on boarding school'),
        ('Abduction/forced disappearance', 'A human rights lawyer has been missing since he was taken by men in plain clothes, his family said.'),
        ('Excessive force against protesters', 'Troops fire live rounds at protesters, killing four'),
        ('Protest with intervention', 'Police used water cannon to break up a rally by opposition supporters in the capital.'),
        ('Peaceful protest', 'Hundreds of farmers rallied outside parliament to protest against new land laws.'),
        ('Peaceful protest', 'Nurses go on strike over unpaid salaries'),
        ('Violent demonstration', 'Angry youths burned tyres and pelted security forces with rocks during the protest.'),
        ('Mob violence', 'An angry crowd beat a suspected thief to death in the market.'),
        ('Looting/property destruction', 'Militiamen looted and burned dozens of homes in the village.'),
        ('Looting/property destruction', 'Armed men set fire to a health centre after looting its medicines.'),
        ('Government regains territory', 'The army said it had liberated the town from Islamic State militants.'),
        ('Non-state actor overtakes territory', 'Rebels take control of key border crossing after government forces flee'),
        ('Arrests', 'Authorities detained three journalists covering the demonstration.'),
        ('Sexual violence', 'A teenage girl was raped by soldiers at a checkpoint, local activists reported.'),
        ('Agreement', 'Rival factions agreed to a prisoner exchange under a deal brokered by the UN.'),
        ('Headquarters or base established', 'The militia set up a new base on the outskirts of the town.'),
        ('Disrupted weapons use', 'Security forces foiled a plot to bomb a church and seized explosives.'),
        ('Grenade', 'Assailants hurled a hand grenade at a police station, wounding two officers.'),
        ('Chemical weapon', 'Dozens were treated for suffocation after a suspected sarin attack on the town.'),
    ],
    "sixth": [
        ('Attack', 'Unknown assailants gunned down a tribal elder as he left a mosque in the northern town on Friday evening, police said.'),
        ('Armed clash', 'At least nine soldiers and 14 militants were killed when insurgents attacked an army outpost and troops fought back, the military said in a statement.'),
        ('Air/drone strike', 'Residents said jets believed to be Russian struck a hospital on the outskirts of the town overnight.'),
        ('Shelling/artillery/missile attack', 'Several mortar shells fell on a residential area of the capital on Monday, wounding five people, state television reported.'),
        ('Remote explosive/landmine/IED', 'A minibus carrying wedding guests struck a landmine on a rural road, killing 11 people, officials said.'),
        ('Peaceful protest', 'Thousands of people took to the streets of the capital on Sunday demanding the release of political prisoners.'),
        ('Protest with intervention', 'Police fired rubber bullets and arrested at least 20 people as students marched on the presidential palace.'),
        ('Excessive force against protesters', 'Two demonstrators died after security forces used live ammunition to disperse a sit-in outside the army headquarters.'),
        ('Violent demonstration', 'Supporters of the defeated candidate set fire to the electoral commission office and blocked roads with burning tyres.'),
        ('Mob violence', 'Residents stoned to death two men they accused of being kidnappers, police said.'),
        ('Abduction/forced disappearance', 'Gunmen stormed a farm and took away four workers, including two foreigners, the local governor said.'),
        ('Arrests', 'Security forces rounded up dozens of young men in overnight raids on the neighbourhood.'),
        ('Sexual violence', 'A UN report said government soldiers had sexually assaulted dozens of women during the operation in the province.'),
        ('Looting/property destruction', 'Fighters from the militia burned down the market and several homes after the clashes, witnesses said.'),
        ('Non-state actor overtakes territory', 'The jihadist group overran a military base in the region and seized weapons and vehicles.'),
        ('Government regains territory', 'Government forces announced they had recaptured the strategic hilltop from rebel fighters.'),
        ('Non-violent transfer of territory', 'Rebel forces handed over control of the city to the national army under the terms of the deal.'),
        ('Agreement', 'The two warring sides signed a truce in the capital on Thursday, mediators said.'),
        ('Headquarters or base established', 'Turkish troops established a new observation post near the town, the defence ministry said.'),
        ('Disrupted weapons use', 'Air defences shot down two drones launched toward the airport, the military said.'),
        ('Grenade', 'Two people were injured when an unknown attacker lobbed a grenade into a crowded market.'),
        ('Suicide bomb', 'A bomber wearing an explosives vest blew himself up among worshippers at a mosque, killing 25.'),
        ('Chemical weapon', 'Rescue workers said dozens of people showed symptoms of poisoning after a chlorine attack on the district.'),
        ('Attack', 'Armed men killed three aid workers in an ambush on their convoy, the charity said.'),
        ('Armed clash', 'Government troops and rebels fought for control of the town for a third day on Wednesday.'),
        ('Peaceful protest', 'Workers at the port staged a strike to demand higher wages.'),
        ('Abduction/forced disappearance', 'Pirates hijacked a fishing vessel and took its crew hostage off the coast.'),
        ('Change to group/activity', 'The rebel group said it had withdrawn its fighters from the front line.'),
        ('Arrests', 'Police detained an opposition leader at his home hours before a planned rally.'),
        ('Shelling/artillery/missile attack', 'A rocket slammed into an apartment building in the city, killing a family of four.'),
    ],
    "seventh": [
        ('Armed clash', 'Fierce fighting raged on Tuesday between the army and a separatist militia on the outskirts of the regional capital, residents said.'),
        ('Armed clash', 'Two policemen and three bandits died in a shootout at a checkpoint on the highway late on Saturday.'),
        ('Attack', 'Suspected militants hacked to death seven farmers working in their fields near the border, a local official said.'),
        ('Attack', 'A prominent human rights activist was shot dead by unknown gunmen outside his home on Wednesday.'),
        ('Air/drone strike', 'A drone strike on a car in the province killed a senior commander of the group, security sources said.'),
        ('Air/drone strike', 'Government aircraft bombed a village held by the rebels, killing at least 12 civilians, activists said.'),
        ('Shelling/artillery/missile attack', 'Separatist forces shelled the government-controlled town overnight, damaging a school and several houses.'),
        ('Shelling/artillery/missile attack', 'Two rockets fired from across the border hit an army base on Thursday, causing no casualties.'),
        ('Remote explosive/landmine/IED', 'A bomb hidden in a parked car exploded outside a government building, killing four people and wounding 15.'),
        ('Remote explosive/landmine/IED', 'Three children were killed when an unexploded shell they were playing with went off.'),
        ('Suicide bomb', 'A suicide car bomber rammed his vehicle into an army checkpoint, killing at least eight soldiers.'),
        ('Grenade', 'An assailant threw a grenade at a group of police officers during a patrol, wounding three of them.'),
        ('Peaceful protest', 'Hundreds of women marched through the city centre on Saturday to denounce violence against women.'),
        ('Peaceful protest', 'Doctors at public hospitals walked off the job on Monday over unpaid allowances.'),
        ('Protest with intervention', 'Police used tear gas to disperse opposition supporters who had gathered outside the electoral commission.'),
        ('Excessive force against protesters', 'Soldiers opened fire on a crowd of protesters demanding the release of detained activists, killing five.'),
        ('Violent demonstration', 'Angry protesters set fire to the police station after a man died in custody.'),
        ('Mob violence', 'A mob set upon two men accused of stealing a cow and beat them to death.'),
        ('Mob violence', 'Supporters of rival parties clashed with sticks and stones in the town, leaving 10 people injured.'),
        ('Looting/property destruction', 'Gunmen looted shops and torched vehicles during the raid on the market town.'),
        ('Abduction/forced disappearance', 'Armed men abducted a local council member from his home overnight, his family said.'),
        ('Abduction/forced disappearance', 'Militants kidnapped 14 bus passengers on the main road and took them to an unknown location.'),
        ('Arrests', 'Police arrested the editor of an independent newspaper on charges of spreading false news.'),
        ('Sexual violence', 'Armed men raped at least 20 women during an attack on the village, the United Nations said.'),
        ('Government regains territory', 'The army has regained control of the coastal city after weeks of heavy fighting with militants.'),
        ('Non-state actor overtakes territory', 'Insurgents captured a district headquarters after government forces abandoned their positions.'),
        ('Agreement', 'The government and the armed group agreed to a ceasefire during talks in the neighbouring capital.'),
        ('Disrupted weapons use', 'Army engineers defused a roadside bomb planted on the road to the airport.'),
        ('Headquarters or base established', 'The militia established a new headquarters in the captured town, residents said.'),
        ('Chemical weapon', 'Medics said several people died of suffocation after the town was struck by a toxic gas attack.'),
    ],
    "eighth": [
        ('Armed clash', 'Troops repulse militant assault on army post, 9 insurgents killed'),
        ('Armed clash', 'A patrol came under fire from gunmen hiding in the forest and returned fire, killing two of the attackers.'),
        ('Attack', 'Gunmen storm village, kill 11 in overnight raid'),
        ('Attack', 'A taxi driver was stabbed to death by unidentified assailants in the market on Sunday evening.'),
        ('Attack', 'Militants ambushed a convoy of civilian trucks on the main road, killing five drivers.'),
        ('Air/drone strike', 'Warplanes pound rebel-held town for a third day, killing 9'),
        ('Air/drone strike', 'Helicopter gunships fired on suspected militant hideouts in the hills on Friday, the military said.'),
        ('Shelling/artillery/missile attack', 'Artillery fire hits residential area, wounding 6 civilians'),
        ('Shelling/artillery/missile attack', 'A missile struck an apartment block in the city on Monday, killing three residents.'),
        ('Remote explosive/landmine/IED', 'Bomb blast at bus station kills 4'),
        ('Remote explosive/landmine/IED', 'A military vehicle ran over an explosive device planted on the road, killing two soldiers.'),
        ('Suicide bomb', 'A woman wearing an explosive vest detonated it at a crowded market, killing 12 people.'),
        ('Grenade', 'Two people were wounded when a hand grenade was hurled into a bar late on Saturday.'),
        ('Peaceful protest', 'Farmers block highway in protest over crop prices'),
        ('Peaceful protest', 'Residents held a vigil and demonstration outside the town hall demanding clean water.'),
        ('Protest with intervention', 'Police arrest 30 as students protest fee hikes'),
        ('Excessive force against protesters', 'Security forces killed four demonstrators when they fired live rounds at a march against the election results.'),
        ('Violent demonstration', 'Rioters pelted police with rocks and burned cars after the verdict was announced.'),
        ('Mob violence', 'Angry residents beat a suspected thief to death and set his body on fire.'),
        ('Looting/property destruction', 'Armed men burned down dozens of homes in the village after its residents fled.'),
        ('Abduction/forced disappearance', 'Gunmen kidnap 12 students from boarding school'),
        ('Abduction/forced disappearance', 'A journalist has been missing since he was taken away by men in military uniforms last week.'),
        ('Arrests', 'Security forces rounded up dozens of young men in a sweep of the neighbourhood on Tuesday.'),
        ('Sexual violence', 'A teenage girl was gang-raped by soldiers at a checkpoint, her family said.'),
        ('Government regains territory', 'Army recaptures key town from insurgents after week-long battle'),
        ('Non-state actor overtakes territory', 'Rebels have taken control of the border crossing after government troops fled.'),
        ('Non-violent transfer of territory', 'Government troops withdrew from the town on Sunday and handed it over to a local militia without a fight.'),
        ('Disrupted weapons use', 'Police foiled a bomb plot and seized explosives from a house on the outskirts of the capital.'),
        ('Agreement', 'Rival factions signed a peace deal on Friday, ending months of fighting over the district.'),
        ('Change to group/activity', 'The rebel group announced that it had split into two factions after a dispute over its leadership.'),
    ],
}


def type_sentences(rows: list[tuple[str, str]]) -> list[tuple[str, str | None, str]]:
    """(gold, typed, sentence) for each row: the first exported event's sub-type (None: no event)."""
    from crossbearing.ingest.text import article_from_text
    from crossbearing.pipeline import Resources, analyse

    resources = Resources()
    out = []
    for gold, sentence in rows:
        an = analyse(article_from_text(sentence, published="2021-05-04", outlet="Probe"), resources)
        events = [e for e in an.events if not e.aggregate]
        out.append((gold, events[0].sub_event_type if events else None, sentence))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SENTENCES), action="append", help="set(s) to type (default: all)")
    ap.add_argument("--misses", action="store_true", help="print each sentence typed wrong")
    args = ap.parse_args(argv)
    for name in args.set or list(SENTENCES):
        typed = type_sentences(SENTENCES[name])
        right = sum(g == t for g, t, _ in typed)
        print(f"{name}: {right} / {len(typed)} sub-types right")
        if args.misses:
            for g, t, s in typed:
                if g != t:
                    print(f"    {g} -> {t}: {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
