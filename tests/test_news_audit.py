"""An audit of the meaning fields (kind, counted, event, modality) on news sentences
beyond the seed articles.

Each case is a sentence written the way wire services write about migration (Channel
crossings, shipwrecks, detention and returns, camps, asylum, money, percentages,
injuries, arrests), one figure in it, and what a journalist expects of that figure.
The cases run through the public ``extract``: the whole pipeline, not one rule.

Cases that the rule tables cannot fix (they need a change in the code) carry an
``xfail`` reason and are strict: when a later change fixes one, the test says so and
the case should move to the passing table.
"""

from __future__ import annotations

from typing import NamedTuple, Optional

import pytest

from factx import extract

# Why a case fails today: what would have to change, grouped.
DOCS = ("event: no built-in rule reads 'granted asylum to N people' (granted); docs/add-a-claim-kind.md uses exactly this as "
        "its user-table example and shows the built-in reading as returned, so adding it needs a docs change")


class Case(NamedTuple):
    group: str
    sentence: str
    figure: str
    kind: str
    counted: Optional[str]
    event: Optional[str]
    modality: Optional[str] = None  # checked only when given
    xfail: Optional[str] = None  # the reason, when the case needs a code change


CASES = [
    # --- percent: what a share is of ---
    Case('percent', 'About 40% of the migrants were men.', 'About 40%', 'percent', 'migrant', None),
    Case('percent', 'Some 40 percent of applicants were refused in 2022.', 'Some 40 percent', 'percent', 'applicant', None),
    Case('percent', 'Roughly 60% of the 50 migrants on board were Eritrean.', 'Roughly 60%', 'percent', 'migrant', None),
    Case('percent', 'Unemployment fell to 4.2% in October.', '4.2%', 'percent', None, 'decreased'),
    # --- crossings ---
    Case('crossings', 'More than 1,000 migrants crossed the Channel in small boats on Thursday, the Home Office said.', 'More than 1,000', 'people', 'migrant', 'crossed'),
    Case('crossings', 'Some 45,700 people made the perilous journey across the Channel last year, a record.', 'Some 45,700', 'people', 'person', 'crossed'),
    Case('crossings', 'The number of people crossing the Channel in small boats has risen to 28,526 this year.', '28,526', 'people', 'person', 'crossed'),
    Case('crossings', 'French authorities said they had prevented 22 boats from leaving the coast on Tuesday.', '22', 'count', 'boat', 'stopped'),
    Case('crossings', 'A total of 696 people were detected crossing in 14 boats on Saturday, Ministry of Defence figures show.', '696', 'people', 'person', 'crossed'),
    Case('crossings', 'French police intercepted 57 migrants on a beach near Wimereux as they tried to launch a dinghy.', '57', 'people', 'migrant', 'stopped'),
    Case('crossings', 'Five boats carrying 240 people were stopped by French gendarmes overnight.', '240', 'people', 'person', 'stopped'),
    Case('crossings', 'Nearly 3,000 people have arrived in the UK by small boat since the start of the year.', 'Nearly 3,000', 'people', 'person', 'arrived'),
    Case('crossings', 'Some 35,000 migrants have landed in Italy so far this year.', 'Some 35,000', 'people', 'migrant', 'arrived'),
    Case('crossings', 'In 2015, more than a million people arrived in Europe by sea.', 'more than a million', 'people', 'person', 'arrived'),
    Case('crossings', 'Greece said it had prevented 15,000 people from entering the country.', '15,000', 'people', 'person', 'stopped'),
    Case('crossings', 'Hungary turned back 1,500 migrants at its southern border last week.', '1,500', 'people', 'migrant', 'stopped'),
    Case('crossings', 'Spanish police said 47 migrants had scaled the border fence at Melilla.', '47', 'people', 'migrant', 'entered'),
    Case('crossings', 'Around 2,000 migrants stormed the fence separating Morocco from the Spanish enclave of Ceuta.', 'Around 2,000', 'people', 'migrant', 'entered'),
    Case('crossings', 'Some 8,000 people swam or walked into Ceuta over two days.', 'Some 8,000', 'people', 'person', 'entered'),
    Case('crossings', 'The Tunisian coast guard said it had intercepted 1,000 migrants and recovered 14 bodies over two days.', '1,000', 'people', 'migrant', 'stopped'),
    Case('crossings', 'A record 1,305 people were detected crossing the Channel on Saturday, according to the Home Office.', '1,305', 'people', 'person', 'crossed'),
    Case('crossings', 'Crossings have slowed, with 2,400 people making the journey in March.', '2,400', 'people', 'person', 'crossed'),
    Case('crossings', 'The French interior ministry said its officers had stopped 470 attempted crossings since January.', '470', 'count', 'crossing', 'stopped'),
    Case('crossings', 'About 50 migrants were turned back by Greek coastguards in the Aegean.', 'About 50', 'people', 'migrant', 'stopped'),
    Case('crossings', 'Hundreds of migrants breached the border fence in Melilla, and 133 made it onto Spanish soil.', '133', 'people', 'migrant', 'arrived'),
    Case('crossings', 'Polish border guards recorded 300 attempts to cross from Belarus in one night.', '300', 'count', 'attempt', 'attempted'),
    Case('crossings', 'Germany received 1.1 million asylum seekers in 2015.', '1.1 million', 'people', 'asylum seeker', 'arrived'),
    Case('crossings', 'Sweden took in 160,000 asylum seekers in 2015, more per head than any other country.', '160,000', 'people', 'asylum seeker', 'arrived'),
    Case('crossings', 'More than 900 people made it ashore on Lampedusa overnight.', 'More than 900', 'people', 'person', 'arrived'),
    Case('crossings', 'Police said 60 migrants had tried to cross the fence near Ceuta and 12 were detained.', '60', 'people', 'migrant', 'attempted'),
    Case('crossings', 'Poland has welcomed more than 1.5 million Ukrainians since the invasion.', 'more than 1.5 million', 'people', 'ukrainian', 'arrived'),
    Case('crossings', 'Gendarmes seized 27 small boats on beaches near Dunkirk last month.', '27', 'count', 'small boat', 'seized'),
    # --- sea ---
    Case('sea', 'Border Force picked up 132 migrants in the Channel on Monday.', '132', 'people', 'migrant', 'rescued'),
    Case('sea', 'At least 61 migrants drowned after their dinghy sank off the Libyan coast, the IOM said.', 'At least 61', 'deaths', 'migrant', 'died'),
    Case('sea', 'The Libyan coastguard recovered 74 bodies from a beach west of Tripoli.', '74', 'deaths', 'body', 'died'),
    Case('sea', 'Greek rescuers pulled 104 survivors from the sea after the trawler capsized off Pylos.', '104', 'people', 'survivor', 'rescued'),
    Case('sea', 'Hundreds are feared dead after the overcrowded boat sank; only 104 people survived.', '104', 'people', 'person', 'rescued'),
    Case('sea', 'The bodies of 11 migrants washed ashore near Zuwara on Sunday.', '11', 'deaths', 'migrant', 'died'),
    Case('sea', 'Up to 500 people are believed to have been on board the fishing vessel when it went down.', 'Up to 500', 'people', 'person', 'present', modality='estimate'),
    Case('sea', 'Italian authorities said 59 people, including 12 children, were killed when the boat broke apart near Crotone.', '59', 'deaths', 'person', 'died'),
    Case('sea', 'Italian authorities said 59 people, including 12 children, were killed when the boat broke apart near Crotone.', '12', 'deaths', 'child', 'died'),
    Case('sea', 'Dozens of people are missing after a boat carrying 40 migrants capsized off Tunisia.', '40', 'people', 'migrant', 'present'),
    Case('sea', 'Thirty-seven people remain missing, the coastguard said.', 'Thirty-seven', 'missing', 'person', 'missing'),
    Case('sea', 'Rescuers were searching for at least 30 people who went missing when the boat overturned.', 'at least 30', 'missing', 'person', 'missing'),
    Case('sea', 'A search continued on Wednesday for 27 migrants lost at sea.', '27', 'missing', 'migrant', 'missing'),
    Case('sea', 'The Sea-Watch 3 rescued 53 people from a rubber boat in distress.', '53', 'people', 'person', 'rescued'),
    Case('sea', 'The Ocean Viking took 234 migrants aboard in several operations off Libya.', '234', 'people', 'migrant', 'rescued'),
    Case('sea', 'Some 400 migrants were saved by the Italian coastguard off Lampedusa.', 'Some 400', 'people', 'migrant', 'rescued'),
    Case('sea', 'The Tunisian coast guard said it had intercepted 1,000 migrants and recovered 14 bodies over two days.', '14', 'deaths', 'body', 'died'),
    Case('sea', 'At least 1,500 people were picked up off the coast of Libya on Saturday.', 'At least 1,500', 'people', 'person', 'rescued'),
    Case('sea', 'Almost 200 migrants were rescued from the water and taken to Malta.', 'Almost 200', 'people', 'migrant', 'rescued'),
    Case('sea', 'About 80 people were crammed into the dinghy, survivors said.', 'About 80', 'people', 'person', 'present'),
    Case('sea', 'Four migrants, including a child, were found dead in a lorry near the Austrian border.', 'Four', 'deaths', 'migrant', 'died'),
    Case('sea', 'The body of a young man was found on a beach, bringing the number of dead this month to 23.', '23', 'deaths', 'death', 'died'),
    Case('sea', 'The IOM said 2,500 migrants had perished on the central Mediterranean route this year.', '2,500', 'deaths', 'migrant', 'died'),
    Case('sea', 'The number of migrants who died in the Mediterranean rose to 3,105 last year.', '3,105', 'deaths', 'migrant', 'died'),
    Case('sea', 'Frontex said 14 people lost their lives when the boat sank.', '14', 'deaths', 'person', 'died'),
    Case('sea', 'Police have arrested 15 people in connection with the deaths of 39 Vietnamese nationals found in a lorry in Essex.', '39', 'deaths', 'national', 'died'),
    Case('sea', 'An estimated 600 people were on board the trawler when it sank.', 'An estimated 600', 'people', 'person', 'present', modality='estimate'),
    Case('sea', 'Survivors said about 750 people had been packed onto the fishing boat.', 'about 750', 'people', 'person', 'present'),
    Case('sea', 'Only 12 bodies have been recovered so far.', '12', 'deaths', 'body', 'died'),
    Case('sea', 'Rescuers pulled 78 bodies from the water, and the coastguard said the toll could rise.', '78', 'deaths', 'body', 'died'),
    Case('sea', 'The remains of 27 migrants were found in the desert near the Libyan border.', '27', 'deaths', 'migrant', 'died'),
    Case('sea', 'Twenty-seven people drowned in the Channel in November 2021, the deadliest incident on record.', 'Twenty-seven', 'deaths', 'person', 'died'),
    Case('sea', 'At least 2,000 people are estimated to have died trying to reach Europe this year.', 'At least 2,000', 'deaths', 'person', 'died', modality='estimate'),
    Case('sea', 'More than 500 people are still unaccounted for after the sinking.', 'More than 500', 'missing', 'person', 'missing'),
    Case('sea', 'Search teams were looking for 18 migrants who were swept overboard.', '18', 'missing', 'migrant', 'missing'),
    Case('sea', 'The Spanish maritime rescue service saved 63 people off the Canary Islands.', '63', 'people', 'person', 'rescued'),
    Case('sea', 'The Geo Barents brought 250 people ashore in Sicily on Friday.', '250', 'people', 'person', 'rescued'),
    Case('sea', 'Some 40 migrants were taken on board by the charity ship Humanity 1.', 'Some 40', 'people', 'migrant', 'rescued'),
    Case('sea', 'At least 45 people were swept away when the boat overturned in the Evros river.', 'At least 45', 'missing', 'person', 'missing'),
    Case('sea', 'Divers recovered the bodies of 21 migrants; 47 people were rescued and 9 remain missing.', '21', 'deaths', 'migrant', 'died'),
    Case('sea', 'Divers recovered the bodies of 21 migrants; 47 people were rescued and 9 remain missing.', '47', 'people', 'person', 'rescued'),
    Case('sea', 'Divers recovered the bodies of 21 migrants; 47 people were rescued and 9 remain missing.', '9', 'missing', 'person', 'missing'),
    Case('sea', 'Gunmen kidnapped 37 passengers from a bus heading for the border.', '37', 'people', 'passenger', 'abducted'),
    Case('sea', 'Officials said 310 people were killed and about 90 taken hostage.', 'about 90', 'people', 'person', 'abducted'),
    # --- detention ---
    Case('detention', 'Greek police detained 115 migrants near the border with Turkey.', '115', 'people', 'migrant', 'detained'),
    Case('detention', 'About 2,000 people are being held at the Manston processing centre.', 'About 2,000', 'people', 'person', 'detained'),
    Case('detention', 'The UK deported 3,800 people to Albania last year.', '3,800', 'people', 'person', 'returned'),
    Case('detention', 'Germany deported a record 20,000 rejected asylum seekers in 2023.', '20,000', 'people', 'asylum seeker', 'returned'),
    Case('detention', 'Just 21 people have been sent back to France under the new returns deal.', '21', 'people', 'person', 'returned'),
    Case('detention', 'Some 700 Afghans were forcibly returned from Iran last week.', 'Some 700', 'people', 'afghan', 'returned'),
    Case('detention', 'Police rounded up 300 migrants in the centre of Athens.', '300', 'people', 'migrant', 'detained'),
    Case('detention', 'More than 1,000 foreign criminals were deported from Britain in the first three months of the year.', 'More than 1,000', 'people', 'criminal', 'returned'),
    Case('detention', 'Around 3,000 people are locked up in immigration removal centres.', 'Around 3,000', 'people', 'person', 'detained'),
    Case('detention', 'Turkey has taken back 1,400 migrants from the Greek islands under the deal.', '1,400', 'people', 'migrant', 'returned'),
    Case('detention', 'Some 1,200 migrants are being held in Libyan detention centres, the UN said.', 'Some 1,200', 'people', 'migrant', 'detained'),
    Case('detention', 'Albania has taken back 500 of its citizens under the returns agreement.', '500', 'people', 'citizen', 'returned'),
    Case('detention', 'Pakistan has expelled more than 400,000 Afghans since November.', 'more than 400,000', 'people', 'afghan', 'returned'),
    Case('detention', 'Tunisia deported at least 100 migrants to the Libyan border last week.', 'at least 100', 'people', 'migrant', 'returned'),
    Case('detention', 'Police said 60 migrants had tried to cross the fence near Ceuta and 12 were detained.', '12', 'people', 'migrant', 'detained'),
    Case('detention', 'About 400 asylum seekers are held at the former army barracks.', 'About 400', 'people', 'asylum seeker', 'detained'),
    Case('detention', 'Police detained 34 suspected smugglers in raids across five countries.', 'five', 'count', 'country', 'detained'),
    Case('detention', 'Italy expects to take in 20,000 migrants from the camps this summer.', '20,000', 'people', 'migrant', 'arrived', modality='projection'),
    # --- camps ---
    Case('camps', 'About 4,000 people were stranded on the Belarus-Poland border.', 'About 4,000', 'people', 'person', 'present'),
    Case('camps', 'Police cleared a makeshift camp in Paris where some 1,000 migrants had been sleeping rough.', 'some 1,000', 'people', 'migrant', 'present'),
    Case('camps', 'French police evicted around 600 migrants from a camp in Grande-Synthe on Tuesday.', 'around 600', 'people', 'migrant', 'removed'),
    Case('camps', 'Authorities bussed 450 asylum seekers to reception centres across France.', '450', 'people', 'asylum seeker', 'relocated'),
    Case('camps', 'Some 1,300 people were moved from the camp to shelters in the Paris region.', 'Some 1,300', 'people', 'person', 'relocated'),
    Case('camps', 'The EU plans to relocate 160,000 refugees from Italy and Greece to other member states.', '160,000', 'people', 'refugee', 'relocated', modality='projection'),
    Case('camps', 'The camp, which housed up to 8,000 people at its peak, was razed in 2016.', 'up to 8,000', 'people', 'person', 'present'),
    Case('camps', 'Officials said 1,200 tents were removed from the site.', '1,200', 'count', 'tent', 'removed'),
    Case('camps', 'Some 500 unaccompanied children have been brought to Britain from the camp under the Dubs scheme.', 'Some 500', 'people', 'child', 'relocated'),
    Case('camps', 'Officials estimate that 600 people were sleeping rough in the area.', '600', 'people', 'person', 'present', modality='estimate'),
    Case('camps', 'The Home Office said 5,000 people had been housed in former military bases.', '5,000', 'people', 'person', 'present'),
    Case('camps', 'Nearly 400 people were evacuated from the Moria camp after the fire.', 'Nearly 400', 'people', 'person', 'removed'),
    Case('camps', 'About 200 migrants were moved into hotels in the Paris region.', 'About 200', 'people', 'migrant', 'relocated'),
    Case('camps', 'Police dismantled two camps and 1,100 people were taken to reception centres.', '1,100', 'people', 'person', 'relocated'),
    Case('camps', 'The 400 tents in the camp were cleared by bulldozers.', '400', 'count', 'tent', 'removed'),
    Case('camps', 'Of the 1,200 people held at the centre, 300 were moved to hotels on Monday.', '300', 'people', 'person', 'relocated'),
    Case('camps', 'A court heard that 14 migrants were crammed into the back of a van.', '14', 'people', 'migrant', 'present'),
    Case('camps', 'Police stormed a warehouse where 35 migrants were hiding.', '35', 'people', 'migrant', 'present'),
    Case('camps', 'About 5,000 people welcomed the decision at a rally.', 'About 5,000', 'people', 'person', None),
    Case('camps', 'Police fired tear gas at about 2,000 protesters outside the camp.', 'about 2,000', 'people', 'protester', None),
    Case('camps', 'Turkey has agreed to host some 3.6 million Syrian refugees.', 'some 3.6 million', 'people', 'refugee', 'present'),
    Case('camps', 'Only one in five children in the camp attend school.', 'one in five', 'count', 'child', None),
    Case('sea', 'Photographs of the 41 bodies were released by police.', '41', 'deaths', 'body', 'died'),
    Case('sea', 'The coastguard towed 12 boats back to port.', '12', 'count', 'boat', None),
    Case('camps', 'The reception centre, built for 1,000 people, now holds more than 3,000.', '1,000', 'people', 'person', 'capacity'),
    Case('camps', 'Nearly 2,000 asylum seekers are housed on the barge, which has capacity for 500.', 'Nearly 2,000', 'people', 'asylum seeker', 'present'),
    # --- asylum ---
    Case('asylum', 'More than 74,000 people claimed asylum in the UK in the year to June.', 'More than 74,000', 'people', 'person', 'applied'),
    Case('asylum', 'The number of people seeking asylum in the EU rose to 1.1 million last year.', '1.1 million', 'people', 'person', 'applied'),
    Case('asylum', 'Some 9,000 asylum seekers lodged claims in France in January.', 'Some 9,000', 'people', 'asylum seeker', 'applied'),
    Case('asylum', 'Germany received 351,915 asylum applications in 2023, more than any other EU country.', '351,915', 'count', 'application', 'applied'),
    Case('asylum', 'France registered 142,500 asylum requests last year.', '142,500', 'count', 'request', 'applied'),
    Case('asylum', 'About 1,300 unaccompanied minors applied for asylum in Sweden in a single week.', 'About 1,300', 'people', 'unaccompanied minor', 'applied'),
    Case('asylum', 'Britain granted asylum to 12,000 people last year.', '12,000', 'people', 'person', 'granted', xfail=DOCS),
    Case('asylum', 'Some 3,000 asylum claims were rejected in March.', 'Some 3,000', 'count', 'claim', 'refused'),
    Case('asylum', 'Officials rejected 2,300 asylum applications in the first half of the year.', '2,300', 'count', 'application', 'refused'),
    Case('asylum', 'Only 3 of the 40 asylum appeals were upheld.', '3', 'count', 'appeal', 'granted'),
    # --- money ---
    Case('money', 'Britain agreed to pay France £476 million over three years to stop small-boat crossings.', '£476 million', 'money', None, 'pledged', modality='pledge'),
    Case('money', 'The EU has set aside €6 billion for refugees in Turkey.', '€6 billion', 'money', None, 'funded'),
    Case('money', 'Brussels has allocated €2.4 billion to frontline states.', '€2.4 billion', 'money', None, 'funded'),
    Case('money', 'The Home Office is spending £8 million a day on hotels for asylum seekers.', '£8 million', 'money', None, 'paid'),
    Case('money', 'The scheme is expected to cost £1.4 billion over five years.', '£1.4 billion', 'money', None, 'cost', modality='projection'),
    Case('money', 'Italy received €100 million in emergency funding from Brussels.', '€100 million', 'money', None, 'funded'),
    Case('money', 'Each passenger had paid smugglers between €1,000 and €3,000 for the trip.', 'between €1,000 and €3,000', 'money', None, 'paid'),
    Case('money', 'The UNHCR appealed for $1.2 billion to help refugees fleeing Sudan.', '$1.2 billion', 'money', None, 'requested'),
    Case('money', 'The charity said it had raised £30,000 to fund its rescue ship.', '£30,000', 'money', None, 'funded'),
    Case('money', 'The UK handed Rwanda £240 million as part of the deal.', '£240 million', 'money', None, 'sent'),
    Case('money', 'The smugglers charged each migrant 5,000 euros.', '5,000 euros', 'money', None, 'paid'),
    Case('money', 'The Rwanda scheme will cost taxpayers £1.8 million for each person deported.', '£1.8 million', 'money', None, 'cost'),
    Case('money', 'The lorry driver was fined £3,000 for carrying migrants.', '£3,000', 'money', None, 'fined'),
    Case('money', 'Athens has asked the EU for €1 billion to cope with the influx.', '€1 billion', 'money', None, 'requested'),
    Case('money', 'The government earmarked £75 million for border security.', '£75 million', 'money', None, 'funded'),
    Case('money', 'Britain has paid France more than £230 million since 2014.', 'more than £230 million', 'money', None, 'paid'),
    Case('money', 'Britain has committed £54 million to tackle people smuggling.', '£54 million', 'money', None, 'pledged', modality='pledge'),
    Case('money', 'The UN refugee agency says it needs $4.9 billion to assist Syrian refugees.', '$4.9 billion', 'money', None, 'requested'),
    Case('money', 'The UK paid Rwanda an extra £100 million last year.', '£100 million', 'money', None, 'paid'),
    Case('money', 'Running the camp costs the French state €25 million a year.', '€25 million', 'money', None, 'cost'),
    Case('money', 'The European Commission has allocated an additional €500 million to Greece.', '€500 million', 'money', None, 'funded'),
    Case('money', 'Officials said the new fencing was funded with £12 million from London.', '£12 million', 'money', None, 'funded'),
    Case('money', 'The agency said it had allocated £20 million in emergency aid.', '£20 million', 'money', None, 'funded'),
    Case('money', 'The Home Office needs another £2 billion to clear the asylum backlog, MPs said.', '£2 billion', 'money', None, 'requested'),
    Case('money', 'The World Bank approved a $1.5 billion loan to Jordan on Friday.', '$1.5 billion', 'money', None, 'pledged', modality='pledge'),
    Case('money', 'Tunisia will receive €105 million from the EU to curb departures.', '€105 million', 'money', None, 'funded', modality='projection'),
    Case('money', 'The EU will provide €1 billion in aid to Lebanon.', '€1 billion', 'money', None, 'sent'),
    Case('money', 'The gang made £7 million from smuggling migrants.', '£7 million', 'money', None, 'earned'),
    Case('money', 'Smugglers earn up to £60,000 per boat.', 'up to £60,000', 'money', None, 'earned'),
    # --- percent ---
    Case('percent', 'Crossings were down 36% on the same period last year.', '36%', 'percent', None, 'decreased'),
    Case('percent', 'The number of arrivals in Italy has jumped by 60 per cent this year.', '60 per cent', 'percent', None, 'increased'),
    Case('percent', 'Around 40 per cent of those who crossed were Afghans.', 'Around 40 per cent', 'percent', None, None),
    Case('percent', 'Albanians accounted for 28% of small-boat arrivals.', '28%', 'percent', 'arrival', None),
    Case('percent', 'Asylum applications across the EU rose by 18% to 1.14 million.', '18%', 'percent', None, 'increased'),
    Case('percent', 'Detections at the border dropped 25 per cent in the first half of the year.', '25 per cent', 'percent', None, 'decreased'),
    Case('percent', 'Arrivals by sea to Greece fell 90% after the EU-Turkey deal.', '90%', 'percent', None, 'decreased'),
    Case('percent', 'Applications from Afghans increased by 35 per cent last year.', '35 per cent', 'percent', None, 'increased'),
    Case('percent', 'Roughly 70% of asylum claims were granted at first instance.', 'Roughly 70%', 'percent', 'claim', None),
    # --- injuries ---
    Case('injuries', 'Two police officers were hurt when migrants threw stones at them.', 'Two', 'injuries', 'police officer', 'injured'),
    Case('injuries', 'Seven migrants suffered injuries in the stampede.', 'Seven', 'injuries', 'migrant', 'injured'),
    Case('injuries', "Eight people were treated in hospital after the boat's engine exploded.", 'Eight', 'injuries', 'person', 'injured'),
    Case('injuries', 'Clashes at the camp left 20 people injured.', '20', 'injuries', 'person', 'injured'),
    Case('injuries', 'Three children were airlifted to hospital with hypothermia.', 'Three', 'injuries', 'child', 'injured'),
    Case('injuries', 'Five officers were injured when protesters threw rocks.', 'Five', 'injuries', 'officer', 'injured'),
    Case('injuries', 'A dozen migrants were taken to hospital suffering from dehydration.', 'A dozen', 'injuries', 'migrant', 'injured'),
    Case('injuries', 'Eleven people were hospitalised after the fire at the centre.', 'Eleven', 'injuries', 'person', 'injured'),
    Case('injuries', 'Five migrants were treated in hospital for burns after the fire.', 'Five', 'injuries', 'migrant', 'injured'),
    Case('injuries', 'Nine migrants were admitted to hospital with hypothermia after the crossing.', 'Nine', 'injuries', 'migrant', 'injured'),
    Case('injuries', 'Four gendarmes were rushed to hospital after being hit by stones.', 'Four', 'injuries', 'gendarme', 'injured'),
    # --- arrests ---
    Case('arrests', 'Police have arrested 15 people in connection with the deaths of 39 Vietnamese nationals found in a lorry in Essex.', '15', 'arrests', 'person', 'arrested'),
    Case('arrests', 'French prosecutors charged four men with manslaughter over the sinking.', 'four', 'arrests', 'man', 'charged'),
    Case('arrests', 'Europol said 40 suspected smugglers were detained in raids across six countries.', '40', 'arrests', 'smuggler', 'arrested'),
    Case('arrests', 'Two suspected people smugglers were arrested after the bodies were found.', 'Two', 'arrests', 'people smuggler', 'arrested'),
    Case('arrests', 'A 32-year-old man was among 12 people detained on suspicion of facilitating illegal immigration.', '12', 'arrests', 'person', 'arrested'),
    Case('arrests', 'Police made 1,200 arrests linked to illegal working.', '1,200', 'arrests', 'person', 'arrested'),
    Case('arrests', 'Three smugglers were jailed for a total of 20 years.', 'Three', 'arrests', 'smuggler', 'convicted'),
    Case('arrests', 'Italian police took 23 suspected traffickers into custody.', '23', 'arrests', 'trafficker', 'arrested'),
    Case('arrests', 'Officers took 15 migrants into custody after the lorry was stopped at Folkestone.', '15', 'arrests', 'migrant', 'arrested'),
    Case('arrests', 'Three suspected traffickers were held in a dawn raid in Birmingham.', 'Three', 'arrests', 'trafficker', 'arrested'),
    Case('arrests', 'Four people were arrested on suspicion of manslaughter.', 'Four', 'arrests', 'person', 'arrested'),
    Case('arrests', 'Police rounded up 26 smugglers in a Europe-wide operation.', '26', 'arrests', 'smuggler', 'arrested'),
    Case('arrests', 'A gang leader and 11 accomplices were convicted of smuggling migrants across the Channel.', '11', 'arrests', 'accomplice', 'convicted'),
    Case('arrests', 'Two Eritrean men were among nine suspects detained in the operation.', 'nine', 'arrests', 'suspect', 'arrested'),
    Case('arrests', 'Police said 14 people had been taken in for questioning.', '14', 'arrests', 'person', 'arrested'),
    # --- disasters (floods, earthquakes, storms, droughts) ---
    Case('disasters', 'The cyclone has affected more than 800,000 people in Mozambique, the UN said.', 'more than 800,000', 'people', 'person', 'affected'),
    Case('disasters', 'An estimated 3.5 million people were affected by flooding across the Sahel.', 'An estimated 3.5 million', 'people', 'person', 'affected', modality='estimate'),
    Case('disasters', 'About 12 million people in Somalia are in need of food aid.', 'About 12 million', 'people', 'person', 'affected'),
    Case('disasters', 'The landslide left 250 families homeless in the hills above the town.', '250', 'people', 'family', 'displaced'),
    Case('disasters', 'Nearly 6,000 residents lost their homes when the river burst its banks.', 'Nearly 6,000', 'people', 'resident', 'displaced'),
    Case('disasters', 'Soldiers freed 31 villagers cut off by the floodwaters.', '31', 'people', 'villager', 'rescued'),
    Case('disasters', 'At least 2,000 people died in the earthquake and 10,000 were injured.', 'At least 2,000', 'deaths', 'person', 'died'),
    Case('disasters', 'The storm affected 300 flights at Heathrow on Monday.', '300', 'count', 'flight', 'affected'),
    # --- tolls and the number of the dead; the missing after them ---
    Case('tolls', 'The number of confirmed dead stands at 41, with another 17 unaccounted for.', '41', 'deaths', 'death', 'died'),
    Case('tolls', 'The number of confirmed dead stands at 41, with another 17 unaccounted for.', '17', 'missing', 'person', 'missing'),
    Case('tolls', 'Officials put the death toll at 57, with dozens more unaccounted for.', 'dozens', 'missing', 'person', 'missing'),
    Case('tolls', 'The number of confirmed dead rose to 63 on Sunday.', '63', 'deaths', 'death', 'died'),
    Case('tolls', 'The toll after Friday\'s earthquake rose to 3,000.', '3,000', 'deaths', 'death', 'died'),
    Case('tolls', 'Twelve bodies have been recovered and 30 others remain missing.', '30', 'missing', 'person', 'missing'),
    Case('tolls', 'Ten bodies were found and another 20 were rescued.', '20', 'people', 'person', 'rescued'),
    Case('tolls', 'Rescuers recovered 14 bodies; another 9 remain unaccounted for.', '9', 'missing', 'person', 'missing'),
    Case('tolls', 'Twelve bodies were found on Monday, and 30 more on Tuesday.', '30', 'deaths', 'body', 'died'),
    # --- a count that is the value a subject went to or stands at ---
    Case('levels', 'Asylum applications rose by 18% to 81,130 in the year to June.', '81,130', 'count', 'application', 'applied'),
    Case('levels', 'Applications for asylum in Germany rose by 50% to 351,915.', '351,915', 'count', 'application', 'applied'),
    Case('levels', 'Irregular arrivals in the EU fell to 380,000 last year.', '380,000', 'people', 'arrival', 'arrived'),
    Case('levels', 'Small boat arrivals fell to 29,437 last year, down 36%.', '29,437', 'people', 'arrival', 'arrived'),
    Case('levels', 'Home Office figures show that crossings rose to 45,774 in 2022.', '45,774', 'count', 'crossing', 'crossed'),
    Case('levels', 'Deaths on the central Mediterranean route rose to 2,500.', '2,500', 'deaths', 'death', 'died'),
    Case('levels', 'Protesters numbered about 5,000, police said.', 'about 5,000', 'people', 'protester', None),
    Case('levels', 'Arrests totalled 450 during the week-long operation.', '450', 'arrests', 'person', 'arrested'),
    Case('levels', 'The backlog stood at 118,000 in June.', '118,000', 'count', None, None),
    # --- a trigger before a subordinate clause is not of a figure in it ---
    Case('clauses', 'Rescuers were searching for survivors after a boat carrying 52 people capsized.', '52', 'people', 'person', 'present'),
    Case('clauses', 'The coastguard said 14 people were rescued when a dinghy carrying 60 migrants began to sink.', '60', 'people', 'migrant', 'present'),
    Case('clauses', 'Two people drowned when a boat with 45 migrants on board overturned.', '45', 'people', 'migrant', 'present'),
    Case('clauses', 'A man was arrested after 12 migrants were found hiding in a van.', '12', 'people', 'migrant', 'found'),
    Case('clauses', 'The number of people arrested after the riots rose to 300.', '300', 'arrests', 'person', 'arrested'),
    Case('clauses', 'At least 27 migrants died when their boat sank off Tunisia, while 11 were rescued.', '11', 'people', 'migrant', 'rescued'),
    Case('clauses', 'Three people were killed, but 20 survived.', '20', 'people', 'person', 'rescued'),
    # --- a modality cue that is a word of a trigger ("claimed asylum") is no cue ---
    Case('levels', 'The number of people detected crossing in small boats fell by 36% to 29,437.', '29,437', 'people', 'person', 'crossed'),
    # --- headlines: verbs in the present tense ---
    Case('crossings', 'Italy: 1,800 migrants land on Lampedusa in 24 hours', '1,800', 'people', 'migrant', 'arrived'),
    Case('sea', 'Migrant boat sinks off Tunisia, killing 13', '13', 'deaths', 'person', 'died'),
    Case('sea', 'Spanish coastguard rescues 86 migrants off Canary Islands', '86', 'people', 'migrant', 'rescued'),
    Case('detention', 'Greece detains 300 migrants after boat lands on Crete', '300', 'people', 'migrant', 'detained'),
    Case('detention', 'UK deports 43 Albanians on charter flight', '43', 'people', 'albanian', 'returned'),
    Case('detention', 'Algeria expelled more than 20,000 migrants to Niger last year.', 'more than 20,000', 'people', 'migrant', 'returned'),
    Case('camps', 'Police expelled 300 migrants from a squat in northern Paris.', '300', 'people', 'migrant', 'removed'),
    Case('crossings', 'Tunisian coastguard intercepts 1,200 migrants in two days', '1,200', 'people', 'migrant', 'stopped'),
    Case('disasters', 'Hamas freed 24 hostages on Friday.', '24', 'people', 'hostage', 'released'),
    Case('disasters', 'Gunmen killed 12 villagers and about 40 were taken hostage.', 'about 40', 'people', 'villager', 'abducted'),
    Case('disasters', 'Security forces killed at least 15 civilians in the village.', 'at least 15', 'deaths', 'civilian', 'died'),
    Case('percent', 'Children made up 20% of arrivals.', '20%', 'percent', 'arrival', None),
    Case('detention', 'Over 1,000 Afghan interpreters have been relocated to the UK.', 'Over 1,000', 'people', 'interpreter', 'relocated'),
    Case('detention', 'About 1,200 people were released from detention last month.', 'About 1,200', 'people', 'person', 'released'),
    Case('detention', 'Some 4,000 people are held in immigration detention in the UK.', 'Some 4,000', 'people', 'person', 'detained'),
    Case('detention', 'More than 300 migrants were flown to Rwanda.', 'More than 300', 'people', 'migrant', 'relocated'),
    Case('levels', 'The number of voluntary returns fell to 11,000.', '11,000', 'people', None, 'returned'),
    Case('money', 'Only $300 million of the $1.5 billion pledged has been delivered.', '$300 million', 'money', None, 'sent'),
    Case('disasters', 'The floods displaced 1.5 million people and destroyed 200,000 homes.', '200,000', 'count', 'home', 'destroyed'),
    Case('camps', 'France has dismantled 1,200 camps since 2017.', '1,200', 'count', 'camp', 'removed'),
    Case('levels', 'Mediterranean deaths top 2,000 this year', '2,000', 'deaths', 'death', 'died'),
    Case('levels', 'Channel crossings pass 100,000 since 2018', '100,000', 'count', 'crossing', 'crossed'),
    Case('levels', 'Number of migrants crossing Channel hits new daily record of 1,305', '1,305', 'people', 'migrant', 'crossed'),
    Case('sea', 'Some 30 migrants were rescued and another 10 are missing.', '10', 'missing', 'migrant', 'missing'),
    Case('sea', 'Around 70 people were on the boat; 50 were rescued and 20 died.', '50', 'people', 'person', 'rescued'),
    Case('sea', 'The boat carried 120 people, including 30 children and 20 women.', '120', 'people', 'person', 'present'),
    Case('sea', 'Among the dead were 15 children.', '15', 'deaths', 'child', 'died'),
    # --- the subject's own verb after an auxiliary, not a participle that modifies it ---
    Case('clauses', 'About 500 people crossing the Channel were intercepted.', 'About 500', 'people', 'person', 'stopped'),
    Case('clauses', 'Some 300 migrants living in tents were evicted.', 'Some 300', 'people', 'migrant', 'removed'),
    Case('clauses', 'Some 300 migrants evicted from the camp were taken to shelters.', 'Some 300', 'people', 'migrant', 'relocated'),
    Case('clauses', 'Agents apprehended 10,000 people crossing illegally in a single day.', '10,000', 'people', 'person', 'detained'),
    Case('crossings', 'Border Patrol agents encountered more than 250,000 migrants at the southern border in December.', 'more than 250,000', 'people', 'migrant', 'stopped'),
    Case('arrests', 'French police dismantled 55 smuggling networks in 2023.', '55', 'count', 'network', 'removed'),
    Case('camps', 'Around 1,200 people receive food aid from the charity every week.', 'Around 1,200', 'people', 'person', None),
    Case('modality', 'About 5,000 people have claimed asylum since January.', 'About 5,000', 'people', 'person', 'applied', modality='reported'),
    Case('modality', 'About 2,500 refugees filed claims in Germany last month.', 'About 2,500', 'people', 'refugee', 'applied', modality='reported'),
    Case('modality', 'Around 38,000 people are waiting for a decision on their asylum claim.', 'Around 38,000', 'people', 'person', 'present', modality='reported'),
    Case('modality', 'Hundreds are feared dead after a fishing boat carrying up to 750 people sank off Greece.', 'Hundreds', 'deaths', 'person', 'died', modality='estimate'),
    Case('modality', 'Hundreds are feared dead after a fishing boat carrying up to 750 people sank off Greece.', 'up to 750', 'people', 'person', 'present', modality='reported'),
]


def _param(case: Case, n: int):
    marks = [pytest.mark.xfail(strict=True, reason=case.xfail)] if case.xfail else []
    return pytest.param(case, id=f"{case.group}-{n:03d}-{case.figure}", marks=marks)


@pytest.mark.parametrize("case", [_param(c, n) for n, c in enumerate(CASES)])
def test_news_figure_meaning(case: Case):
    claims = [c for c in extract(case.sentence, published="2024-06-01") if c.text == case.figure]
    assert len(claims) == 1, f"figure {case.figure!r} not read as one claim: {[c.text for c in extract(case.sentence)]}"
    c = claims[0]
    assert (c.kind, c.counted, c.event) == (case.kind, case.counted, case.event)
    if case.modality is not None:
        assert c.modality == case.modality


def test_the_audit_is_varied_and_honest():
    """Enough cases in every group, each figure in its sentence, no duplicate case, and
    the failing cases a small minority with a reason each."""
    groups = {c.group for c in CASES}
    assert groups == {"crossings", "sea", "detention", "camps", "asylum", "money", "percent", "injuries", "arrests", "disasters",
                      "tolls", "levels", "clauses", "modality"}
    assert all(sum(c.group == g for c in CASES) >= 5 for g in groups)
    assert all(c.figure in c.sentence for c in CASES)
    assert len({(c.sentence, c.figure) for c in CASES}) == len(CASES)
    assert len({c.sentence for c in CASES}) >= 80
    assert sum(c.xfail is not None for c in CASES) <= len(CASES) // 10
