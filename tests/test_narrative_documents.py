"""Whole articles written the way an online encyclopaedia tells a war: a lead that spans the
war ("fought from 1853 to 1856"), a Background section that reaches decades back, a narrative
of days and months without their years, an Aftermath that jumps ahead and a Legacy section that
speaks of the present ("today", "in 2006 a memorial was unveiled").

Each article lists every expression it must give (span, type, value), in order, in narrative
mode and in auto mode (which must choose narrative). The anchoring that goes wrong over a whole
article (the story jumping to the lead's last year, a background date taking the narrative with
it, an aftermath year dragging later days) shows here, where passages of two sentences do not.
Values follow ../shared/TIMEX3.md. The creation date is that of an online encyclopaedia.
"""

from __future__ import annotations

import pytest
from probes import keyed

from dateline import annotate, annotate_document

DCT = "2012-06-01"

CRIMEAN = (
    "The Crimean War was a military conflict fought from October 1853 to February 1856 between "
    "Russia and an alliance of the Ottoman Empire, France, Britain and Sardinia.\n"
    "\n"
    "Background\n"
    "The decline of the Ottoman Empire had troubled the great powers since the 1820s. In 1852 "
    "France won the right to guard the holy places in Jerusalem, and the tsar demanded the same "
    "for the Orthodox Church. In the spring of 1853 a Russian envoy was sent to Constantinople, "
    "but the talks failed in May.\n"
    "\n"
    "Outbreak\n"
    "In July 1853 Russian troops occupied the Danubian Principalities. The Ottomans declared "
    "war on 4 October. On 30 November a Russian squadron destroyed the Ottoman fleet at Sinope. "
    "Britain and France declared war on Russia on 28 March 1854.\n"
    "\n"
    "Crimea\n"
    "The allies landed at Calamita Bay in September. On 20 September they defeated the Russians "
    "at the Alma. The siege of Sevastopol began in October, and on 25 October the Light Brigade "
    "charged at Balaclava. Ten days later the Russians attacked again at Inkerman. The winter "
    "was a disaster for the British army, and thousands died of disease. The following spring "
    "the allies brought up new guns. On 8 September 1855 the French stormed the Malakoff, and "
    "that night the Russians abandoned the south side of the city.\n"
    "\n"
    "Aftermath\n"
    "The Treaty of Paris was signed on 30 March 1856. The Black Sea was declared neutral. By "
    "1870 Russia had repudiated the clauses on the Black Sea, and in the decades after the war "
    "the Ottoman Empire grew ever weaker.\n"
    "\n"
    "Legacy\n"
    "The war is remembered for the nursing of Florence Nightingale. Today the battlefields lie "
    "in Ukraine, and in 2006 a memorial to the British dead was unveiled at Balaclava."
)

BOER = (
    "The Second Boer War was fought from 11 October 1899 to 31 May 1902 between the British "
    "Empire and the two Boer republics.\n"
    "\n"
    "Background\n"
    "The Boers had left the Cape Colony in the 1830s and founded their own states. Gold was "
    "found on the Witwatersrand in 1886. In the last days of 1895 the Jameson Raid tried to "
    "topple the government of the Transvaal, and it failed within a week.\n"
    "\n"
    "Boer offensive\n"
    "The Boers struck first. In October they besieged Mafeking and Kimberley, and on 2 November "
    "they surrounded Ladysmith. In the week of 10 to 15 December the British lost three "
    "battles. Lord Roberts arrived at Cape Town on 10 January.\n"
    "\n"
    "British counteroffensive\n"
    "In February Roberts relieved Kimberley. On 27 February the Boers surrendered at "
    "Paardeberg, and the next day Ladysmith was relieved. Bloemfontein fell on 13 March. "
    "Mafeking was relieved on 17 May after a siege of 217 days. Pretoria was taken on 5 June.\n"
    "\n"
    "Guerrilla war\n"
    "The war went on for two more years. In 1901 Kitchener built lines of blockhouses and moved "
    "civilians into camps. By the end of the year more than 20,000 had died in the camps. The "
    "Boer leaders met at Vereeniging in May 1902, and the peace was signed on 31 May.\n"
    "\n"
    "Aftermath\n"
    "The two republics became British colonies. In 1910 they joined the Union of South Africa. "
    "Over the next fifty years the war was remembered bitterly by Afrikaners.\n"
    "\n"
    "Legacy\n"
    "A national monument to the women and children who died in the camps was unveiled at "
    "Bloemfontein in 1913. It still stands today."
)

RUSSO_JAPANESE = (
    "The Russo-Japanese War was fought between the Empire of Japan and the Russian Empire "
    "during 1904 and 1905.\n"
    "\n"
    "Background\n"
    "Japan had defeated China in 1895, but Russia, France and Germany forced it to give up Port "
    "Arthur. Three years later Russia leased the port itself. In 1900 Russian troops occupied "
    "Manchuria.\n"
    "\n"
    "Opening of the war\n"
    "On the night of 8 February 1904 Japanese torpedo boats attacked the Russian fleet at Port "
    "Arthur. Two days later Japan declared war. In April the Japanese First Army crossed the "
    "Yalu, and in May the Second Army landed on the Liaodong Peninsula. The siege of Port "
    "Arthur began in August.\n"
    "\n"
    "Mukden and Tsushima\n"
    "Port Arthur surrendered on 2 January 1905. In late February the largest battle of the war "
    "began at Mukden, and it lasted almost three weeks. The Russian Baltic Fleet reached Asian "
    "waters in May. On 27 May it was destroyed in the Tsushima Strait. Peace talks opened in "
    "August, and the Treaty of Portsmouth was signed on 5 September.\n"
    "\n"
    "Aftermath\n"
    "Riots broke out in Tokyo against the treaty. In Russia the war fed the revolution of 1905. "
    "Five years later Japan annexed Korea.\n"
    "\n"
    "Legacy\n"
    "The war was the first in modern times in which an Asian power defeated a European one. The "
    "battleship Mikasa, Togo's flagship, is now a museum ship at Yokosuka."
)

FALKLANDS = (
    "The Falklands War was a ten-week war between Argentina and the United Kingdom in 1982 over "
    "the Falkland Islands.\n"
    "\n"
    "Background\n"
    "Britain had held the islands since 1833, and Argentina had claimed them ever since. Talks "
    "in the 1960s and 1970s came to nothing. In December 1981 a new junta took power in Buenos "
    "Aires.\n"
    "\n"
    "Invasion\n"
    "On 19 March Argentine scrap-metal workers raised their flag on South Georgia. Argentine "
    "forces landed near Stanley on 2 April, and the governor surrendered the same day. The next "
    "day the Security Council demanded that they withdraw. On 5 April the task force sailed "
    "from Portsmouth.\n"
    "\n"
    "The war at sea\n"
    "South Georgia was retaken on 25 April. On 2 May the cruiser General Belgrano was sunk, and "
    "two days later HMS Sheffield was hit by an Exocet missile.\n"
    "\n"
    "Land campaign\n"
    "British troops landed at San Carlos on 21 May. A week later they took Goose Green. In "
    "early June the Welsh Guards were bombed at Bluff Cove. On the night of 11 June the British "
    "attacked the hills around Stanley, and on 14 June the Argentine garrison surrendered.\n"
    "\n"
    "Aftermath\n"
    "The junta fell within days. In 1983 Argentina held free elections, and diplomatic "
    "relations with Britain were restored in 1990.\n"
    "\n"
    "Legacy\n"
    "Argentina still claims the islands. In 2013 the islanders voted to remain British, and "
    "every year on 14 June they celebrate Liberation Day."
)

BALKAN = (
    "The Balkan Wars were two wars fought in the Balkan Peninsula in 1912 and 1913.\n"
    "\n"
    "Background\n"
    "The Ottoman Empire had ruled the Balkans since the 14th century. In the 19th century "
    "Greece, Serbia and Bulgaria won their independence. In 1908 Austria-Hungary annexed "
    "Bosnia, and in the spring of 1912 the Balkan League was formed.\n"
    "\n"
    "First Balkan War\n"
    "Montenegro declared war on the Ottoman Empire on 8 October 1912. Ten days later Serbia, "
    "Bulgaria and Greece joined it. In late October the Bulgarians won at Kirk Kilisse, and on "
    "8 November the Greeks entered Salonica. An armistice was signed on 3 December. The "
    "fighting resumed in February, and Adrianople fell on 26 March. The Treaty of London ended "
    "the war on 30 May.\n"
    "\n"
    "Second Balkan War\n"
    "Bulgaria attacked Serbia and Greece on the night of 29 June. Romania and the Ottomans then "
    "joined against Bulgaria. Within a month Bulgaria had lost. The Treaty of Bucharest was "
    "signed on 10 August.\n"
    "\n"
    "Aftermath\n"
    "The wars left the region unstable. In June 1914 the heir to the Austrian throne was "
    "murdered in Sarajevo, and the First World War began a few weeks later.\n"
    "\n"
    "Legacy\n"
    "Historians today see the Balkan Wars as a prelude to the First World War."
)

FRANCO_PRUSSIAN = (
    "The Franco-Prussian War was a conflict between the Second French Empire and the North "
    "German Confederation led by Prussia. It lasted from 19 July 1870 to 28 January 1871.\n"
    "\n"
    "Background\n"
    "Prussia had defeated Austria in 1866 in a war of seven weeks. In the years that followed, "
    "Napoleon III sought compensation for France on the Rhine. In the summer of 1870 a "
    "Hohenzollern prince was offered the Spanish throne, and on 13 July Bismarck published the "
    "Ems telegram.\n"
    "\n"
    "1870: the imperial army\n"
    "France declared war on 19 July. The German armies crossed the frontier in early August, "
    "and on 6 August they won at Wörth and Spicheren. Marshal Bazaine fell back on Metz, where "
    "he was besieged after 18 August. Two weeks later the emperor himself was captured at "
    "Sedan. On 4 September a republic was proclaimed in Paris.\n"
    "\n"
    "Siege of Paris (1870–1871)\n"
    "The siege began on 19 September. That autumn the republic raised new armies in the "
    "provinces, but Metz surrendered on 27 October. In December the Army of the Loire was "
    "beaten near Orléans. The winter was bitterly cold, and food ran short in the city. On 18 "
    "January the German Empire was proclaimed at Versailles, and ten days later Paris "
    "capitulated.\n"
    "\n"
    "Aftermath\n"
    "By the Treaty of Frankfurt, signed on 10 May 1871, France ceded Alsace and most of "
    "Lorraine. The Paris Commune was crushed the same month. France paid the indemnity within "
    "three years, and the last German troops left in September 1873.\n"
    "\n"
    "Legacy\n"
    "The loss of the provinces embittered French politics for the next four decades. The "
    "provinces were returned in 1919 under the Treaty of Versailles. Today a museum at "
    "Gravelotte tells the story of the war, and a new wing was opened on 18 August 2014."
)

THIRTY_YEARS = (
    "The Thirty Years' War was a series of conflicts fought in Central Europe from 1618 to 1648. "
    "It began as a quarrel between the Protestant and Catholic states of the Holy Roman Empire "
    "and grew into a contest between the great powers.\n"
    "\n"
    "Background\n"
    "The Peace of Augsburg of 1555 had let each prince choose the faith of his lands. Over the "
    "next half century Calvinism spread, although the peace did not recognise it. In 1608 the "
    "Protestant princes formed the Union, and a year later the Catholic League was founded in "
    "reply.\n"
    "\n"
    "Bohemian revolt (1618–1620)\n"
    "On 23 May 1618 Protestant nobles threw two imperial governors from a window of Prague "
    "Castle. The following year the Bohemian estates deposed Ferdinand and chose Frederick of the "
    "Palatinate as their king. On 8 November 1620 the imperial army crushed the Bohemians at the "
    "White Mountain. Frederick fled within days.\n"
    "\n"
    "Swedish intervention (1630–1635)\n"
    "Gustavus Adolphus landed in Pomerania in July 1630. In the spring of 1631 Tilly laid siege "
    "to Magdeburg, and on 20 May the city was stormed and burned. Four months later the Swedes "
    "routed Tilly at Breitenfeld. That winter Gustavus quartered his army at Mainz, and in April "
    "1632 he marched into Bavaria. The king himself was killed in thick fog at Lützen on 16 "
    "November 1632. After the Swedes were beaten at Nördlingen in September 1634, the emperor "
    "made peace with Saxony at Prague the next spring.\n"
    "\n"
    "French phase (1635–1648)\n"
    "France declared war on Spain in May 1635. For the next thirteen years the armies lived off "
    "the land, and some regions lost a third of their people. Peace talks opened at Münster and "
    "Osnabrück in 1643 but dragged on for five years. The Peace of Westphalia was signed on 24 "
    "October 1648.\n"
    "\n"
    "Aftermath\n"
    "The population of the German lands took more than a century to recover. Sweden gained "
    "western Pomerania, and France and Spain fought on until 1659.\n"
    "\n"
    "Legacy\n"
    "The treaties are often said to have founded the modern system of sovereign states. Today "
    "the war is remembered as one of the most destructive in the history of Europe, and in 1998 "
    "the 350th anniversary of the peace was marked at Münster."
)

WAR_OF_1812 = (
    "The War of 1812 was fought between the United States and the United Kingdom from June 18, "
    "1812, to February 17, 1815.\n"
    "\n"
    "Background\n"
    "Britain had been at war with France since 1803, and the Royal Navy took American sailors "
    "off merchant ships to man its own. In 1807 the frigate Chesapeake was fired on off "
    "Virginia. Congress passed an embargo in December of that year, but it hurt American trade "
    "more than British.\n"
    "\n"
    "Declaration of war\n"
    "President Madison asked Congress for war on June 1, 1812. The House voted for it on June "
    "4, and the Senate followed two weeks later. Madison signed the declaration on June 18. The "
    "British government, unaware of the vote, repealed its Orders in Council five days later.\n"
    "\n"
    "Campaigns of 1812 and 1813\n"
    "The invasion of Canada went badly. On August 16 General Hull surrendered Detroit without a "
    "fight, and in October an American attack at Queenston Heights failed. That winter both "
    "sides built warships on the Great Lakes. The following spring the Americans raided York, "
    "the capital of Upper Canada, and burned its public buildings on April 27. On September 10, "
    "1813, Oliver Hazard Perry won the Battle of Lake Erie, and three weeks later the British "
    "were beaten at the Thames.\n"
    "\n"
    "1814\n"
    "After Napoleon abdicated in April 1814, Britain sent veteran troops across the Atlantic. "
    "On the evening of August 24 they entered Washington and set fire to the Capitol and the "
    "White House. In mid-September they were beaten off at Baltimore, after a bombardment of "
    "Fort McHenry that lasted 25 hours.\n"
    "\n"
    "Peace\n"
    "The Treaty of Ghent was signed on December 24, 1814. The news had not reached America when "
    "Andrew Jackson defeated the British at New Orleans on January 8. The Senate approved the "
    "treaty on February 16, and it took effect the next day. The war had lasted two years and "
    "eight months.\n"
    "\n"
    "Legacy\n"
    "Francis Scott Key's poem on the bombardment became the words of the national anthem in "
    "1931. In 2012 the bicentennial of the war was marked on both sides of the border, and "
    "today Canadians remember it as the defence of their country against invasion."
)

GULF = (
    "The Gulf War was fought by a coalition of 35 nations led by the United States against Iraq "
    "after Iraq invaded and annexed Kuwait. It lasted from August 2, 1990, to February 28, 1991.\n"
    "\n"
    "Background\n"
    "Iraq came out of its war with Iran in 1988 with heavy debts. In July 1990 Saddam Hussein "
    "accused Kuwait of drilling into Iraqi oil fields and of keeping the price of oil low.\n"
    "\n"
    "Invasion of Kuwait\n"
    "In the early hours of August 2 Iraqi forces crossed the border, and within twelve hours "
    "they held Kuwait City. On August 6 the Security Council imposed sanctions, and the next day "
    "the first American aircraft were ordered to Saudi Arabia under Operation Desert Shield. In "
    "November the council set a deadline of January 15, 1991, for Iraq to withdraw.\n"
    "\n"
    "Air campaign\n"
    "Operation Desert Storm began on January 17, 1991. H-hour was fixed for 3 a.m., but the "
    "first strikes went in at about 2:40 a.m., when helicopters destroyed two radar sites near "
    "the border. The next night Iraq fired its first Scud missiles at Israel. On January 29 "
    "Iraqi troops seized the Saudi town of Khafji, and two days later they were driven out. The "
    "air campaign lasted 38 days.\n"
    "\n"
    "Ground campaign\n"
    "The ground offensive began at 4 a.m. on Sunday, February 24. Marines broke through the "
    "Iraqi lines in Kuwait while the armoured divisions swung west into Iraq. By Tuesday evening "
    "the Iraqi army was fleeing Kuwait City along the road to Basra. President Bush declared a "
    "ceasefire on February 28, 100 hours after the ground war had begun.\n"
    "\n"
    "Aftermath\n"
    "Iraq accepted the terms of the ceasefire at Safwan on March 3. In March the Shia of the "
    "south and the Kurds of the north rose against Saddam, and the risings were crushed within "
    "weeks. The last of the oil-well fires, set by the retreating Iraqis, was put out in "
    "November.\n"
    "\n"
    "Legacy\n"
    "The war was the first to be shown live on television around the clock. Twelve years later "
    "an American-led coalition invaded Iraq again. Today many veterans suffer from Gulf War "
    "syndrome, and in 2011 Kuwait celebrated the 20th anniversary of its liberation on "
    "February 26."
)

NAPOLEONIC = (
    "The Napoleonic Wars were a series of conflicts fought between the French Empire and shifting "
    "coalitions of European powers from 1803 to 1815.\n"
    "\n"
    "Background\n"
    "The French Revolutionary Wars had begun in April 1792. Napoleon Bonaparte seized power in a "
    "coup on 9 November 1799, and in 1802 the Treaty of Amiens brought a brief peace. Britain "
    "declared war again on 18 May 1803.\n"
    "\n"
    "The campaign of 1805\n"
    "In the summer Napoleon gathered an army at Boulogne to invade England. In late August he "
    "turned it east against Austria. On 20 October the Austrian army surrendered at Ulm, and the "
    "next day Nelson destroyed the French and Spanish fleets off Cape Trafalgar. On 2 December, "
    "the first anniversary of his coronation, Napoleon routed the Russians and Austrians at "
    "Austerlitz. The Treaty of Pressburg was signed on 26 December.\n"
    "\n"
    "Prussia and Poland (1806–1807)\n"
    "Prussia declared war in the autumn of 1806. On 14 October the French crushed its armies at "
    "Jena and Auerstedt, and two weeks later Napoleon entered Berlin. The winter campaign in "
    "Poland was costly for both sides. On 14 June 1807 the Russians were beaten at Friedland, "
    "and peace was made at Tilsit in July.\n"
    "\n"
    "Russia\n"
    "On 24 June 1812 the Grande Armée crossed the Niemen with more than 600,000 men. The battle "
    "of Borodino was fought on 7 September, and a week later the French entered Moscow, which "
    "its own governor had set on fire. Napoleon waited five weeks for an offer of peace before "
    "he began the retreat on 19 October. Fewer than 100,000 men came back. During the winter of "
    "1812–13 Prussia changed sides, and in October 1813 the allies beat Napoleon at Leipzig in a "
    "battle that lasted four days.\n"
    "\n"
    "The Hundred Days\n"
    "Napoleon abdicated on 6 April 1814 and was exiled to Elba. He escaped in February 1815 and "
    "entered Paris on 20 March. His second reign, the Hundred Days, ended at Waterloo on 18 "
    "June. He died on Saint Helena six years later.\n"
    "\n"
    "Legacy\n"
    "The Congress of Vienna drew a map of Europe that lasted for most of the 19th century. The "
    "Napoleonic Code is still the basis of civil law in many countries today. In 2015 the 200th "
    "anniversary of Waterloo was marked by a re-enactment with 5,000 soldiers."
)

ARAB_ISRAELI = (
    "The Six-Day War was fought between Israel and Egypt, Jordan and Syria from 5 to 10 June "
    "1967. Six years later the same states fought again in the Yom Kippur War of October 1973.\n"
    "\n"
    "Background\n"
    "Israel had fought its neighbours in 1948, when the truce of 11 June held for four weeks, "
    "and again in 1956, when it held the Sinai for a few months. In the mid-1960s the border "
    "with Syria saw frequent clashes. On 16 May 1967 Egypt asked the United Nations to withdraw "
    "its troops from the Sinai, and a week later it closed the Straits of Tiran to Israeli "
    "ships.\n"
    "\n"
    "Six-Day War\n"
    "On the morning of Monday, 5 June, the Israeli air force struck the Egyptian airfields and "
    "destroyed most of Egypt's aircraft on the ground within three hours. That afternoon "
    "Jordanian guns shelled West Jerusalem. On Wednesday Israeli paratroopers took the Old City, "
    "and by the evening Egypt's army in the Sinai was in full retreat. A ceasefire with Egypt "
    "took effect the next day. On 9 June Israel attacked the Golan Heights, and at 18:30 on "
    "Saturday a ceasefire ended the fighting. Within six days Israel had tripled the territory "
    "it held.\n"
    "\n"
    "Yom Kippur War\n"
    "Egypt and Syria attacked on 6 October 1973, on Yom Kippur, the holiest day of the Jewish "
    "calendar. At 14:00 Egyptian guns opened fire along the Suez Canal, and by the evening "
    "thousands of troops had crossed it. On the afternoon of 6 October Syrian tanks also broke "
    "into the Golan. For three days the Israelis were pushed back. On 14 October an Egyptian "
    "attack in the Sinai failed, and two days later Israeli troops crossed the canal. The "
    "Security Council called for a ceasefire on 22 October, but the fighting went on until the "
    "ceasefire on 24 October.\n"
    "\n"
    "Aftermath\n"
    "Egypt and Israel signed a peace treaty in March 1979, and the Sinai was returned by April "
    "1982. Jordan made peace in 1994.\n"
    "\n"
    "Legacy\n"
    "The Golan Heights are still held by Israel today. Since 1967 the status of Jerusalem has "
    "been disputed, and in 2017 the 50th anniversary of the war was marked across the region."
)

PELOPONNESIAN = (
    "The Peloponnesian War was fought between Athens and Sparta and their allies from 431 to "
    "404 BC. Its history was written by Thucydides, an Athenian general who served in it.\n"
    "\n"
    "Background\n"
    "After the Persian invasions of 490 and 480 BC, Athens led the Delian League, and over the "
    "next fifty years its allies became its subjects. A thirty years' peace was agreed in 446 BC, "
    "but it lasted less than fifteen years. In 433 BC Athens allied itself with Corcyra against "
    "Corinth.\n"
    "\n"
    "Archidamian War\n"
    "In the spring of 431 BC Thebes attacked Plataea, and in May a Spartan army invaded Attica. "
    "In the summer of 430 BC a plague broke out in Athens, and Pericles died of it the following "
    "year. In 425 BC the Athenians captured 292 Spartans on the island of Sphacteria. In the "
    "eighth year of the war the Spartan general Brasidas took Amphipolis. Both generals were "
    "killed in 422 BC, and the Peace of Nicias was signed in the spring of 421 BC.\n"
    "\n"
    "Sicilian Expedition\n"
    "The peace lasted six years. In the summer of 415 BC Athens sent a great fleet against "
    "Syracuse. The siege lasted two years, and in September 413 BC the whole force was "
    "destroyed.\n"
    "\n"
    "Ionian War\n"
    "Sparta then built a fleet with Persian gold. The Athenians won at Arginusae in 406 BC, but "
    "the next year Lysander destroyed their fleet at Aegospotami. Athens surrendered in April "
    "404 BC after a siege of several months.\n"
    "\n"
    "Legacy\n"
    "Sparta's power lasted only some thirty years, and Thebes broke it in the 4th century BC. "
    "Thucydides' history is still read today, and since the 1990s it has been taught at many "
    "military academies."
)

#: (name, text, every expression it gives: (span, type, value), in order).
SOVIET_AFGHAN = (
    "The Soviet–Afghan War was fought in Afghanistan from December 1979 to February 1989 between "
    "the Soviet Army, with the forces of the Afghan government, and the mujahideen insurgents.\n"
    "\n"
    "Background\n"
    "Afghanistan had been a buffer between the Russian and British empires since the 19th "
    "century. In 1973 Mohammed Daoud Khan overthrew the king and declared a republic. Five years "
    "later, in April 1978, the communists seized power in the Saur Revolution. Their reforms "
    "provoked revolts in the countryside, and in March 1979 the garrison of Herat mutinied. By "
    "the autumn the government held little beyond the cities.\n"
    "\n"
    "Soviet intervention\n"
    "In late 1979 the Soviet leadership decided to intervene. On 24 December the 40th Army began "
    "to cross the Amu Darya, and three days later special forces stormed the palace in Kabul and "
    "killed President Amin. By mid-January 1980 some 80,000 Soviet troops were in the country.\n"
    "\n"
    "The war\n"
    "Over the next decade the Soviets held the cities and the main roads, while the mujahideen "
    "controlled most of the countryside. The Panjshir valley was attacked nine times between 1980 "
    "and 1985. By the mid-1980s the Soviet force numbered about 108,000 men. In May 1986 Babrak "
    "Karmal was replaced by Mohammad Najibullah, and that September the first Soviet helicopters "
    "were shot down with American Stinger missiles.\n"
    "\n"
    "Withdrawal\n"
    "Mikhail Gorbachev, who had come to power in March 1985, called the war a bleeding wound. The "
    "Geneva Accords were signed on 14 April 1988, and the withdrawal began a month later, on "
    "15 May. On 15 February 1989 the last Soviet troops crossed the bridge at Termez into "
    "Uzbekistan. About 15,000 Soviet soldiers had died in nine years of war.\n"
    "\n"
    "Aftermath\n"
    "Najibullah's government outlived the withdrawal by three years and fell in April 1992. The "
    "mujahideen then fought among themselves, and in September 1996 the Taliban took Kabul.\n"
    "\n"
    "Legacy\n"
    "The war hastened the end of the Soviet Union, which was dissolved in December 1991. Ten "
    "years later American troops entered Afghanistan, and they stayed there for two decades. "
    "Since then the Soviet war has often been called the Soviet Union's Vietnam. Every year on "
    "15 February veterans "
    "gather at memorials across the former Soviet republics, and in 2019 the Russian parliament "
    "debated a resolution that defended the intervention."
)

HUNDRED_YEARS = (
    "The Hundred Years' War was a series of conflicts fought between England and France from "
    "1337 to 1453.\n"
    "\n"
    "Background\n"
    "The kings of England had held lands in France since 1066, and they still held Gascony as "
    "vassals of the French crown. When Charles IV died in 1328 without a son, Edward III claimed "
    "the French throne through his mother, but the French nobles chose Philip of Valois. In May "
    "1337 Philip confiscated Gascony, and in the autumn Edward declared himself king of France.\n"
    "\n"
    "Edwardian phase\n"
    "The English destroyed the French fleet at Sluys on 24 June 1340. Six years later Edward "
    "landed in Normandy, and on 26 August 1346 his archers routed the French at Crécy. Calais "
    "fell the following year after a siege of eleven months. The Black Death reached France in "
    "1348 and halted the fighting for several years. In the 1350s the war resumed, and at "
    "Poitiers, on 19 September 1356, the Black Prince captured King John II. By the Treaty of "
    "Brétigny in 1360 Edward gave up his claim in return for a third of France.\n"
    "\n"
    "Caroline phase\n"
    "Charles V reopened the war in 1369. Over the following decade the French retook most of "
    "the lost lands, and by the late 14th century the English held little but Calais and a "
    "strip of the coast of Gascony. A truce agreed in 1396 lasted almost twenty years.\n"
    "\n"
    "Lancastrian phase\n"
    "Henry V renewed the claim in the spring of 1415. He landed near Harfleur in August and took "
    "the town after a siege of five weeks. On St Crispin's Day, 25 October 1415, his army "
    "defeated a much larger French force at Agincourt. By the Treaty of Troyes in May 1420 he "
    "was made heir to the French throne, but he died two years later. For the next two decades "
    "the English held Paris and the north. In the winter of 1428 they laid siege to Orléans; "
    "Joan of Arc relieved the city on 8 May 1429, and that July Charles VII was crowned at "
    "Reims. Joan was captured the following year and burned at Rouen on 30 May 1431.\n"
    "\n"
    "End of the war\n"
    "Burgundy made peace with France at Arras in 1435, and Paris was retaken the next spring. "
    "Normandy fell in 1449 and 1450. On 17 July 1453 the English were defeated at Castillon, and "
    "by the end of the year only Calais remained in their hands.\n"
    "\n"
    "Legacy\n"
    "Calais was lost in 1558, but English monarchs styled themselves kings of France until 1801. "
    "The war shaped the national identity of both countries. Today a museum stands near the "
    "field of Agincourt, and the 600th anniversary of the battle was marked in 2015."
)

RUSSO_TURKISH = (
    "The Russo-Turkish War of 1877–1878 was fought between the Ottoman Empire and a coalition "
    "led by the Russian Empire. Russia declared war on 12 April 1877 (24 April N.S.), and the "
    "war ended with the Treaty of San Stefano on 19 February 1878 (3 March N.S.).\n"
    "\n"
    "Background\n"
    "After the Crimean War of 1853–1856 Russia had lost its fleet on the Black Sea. In the summer "
    "of 1875 a revolt broke out in Herzegovina, and in April 1876 the Bulgarians rose. The "
    "Ottomans crushed the April Uprising within weeks, and thousands of civilians were killed. "
    "Serbia and Montenegro declared war on the Porte in June 1876. A conference of the powers "
    "met at Constantinople in December, but in January 1877 the Ottomans rejected its proposals.\n"
    "\n"
    "Campaign in the Balkans\n"
    "The Russian army crossed the Danube at Svishtov on 15 June (27 June N.S.). In July it took "
    "the Shipka Pass. On the 8th it attacked Plevna but was repulsed, and a second assault on "
    "19 July (31 July N.S.) failed with heavy losses. In the autumn the Russians and the "
    "Romanians laid siege to the town. After five months Osman Pasha tried to break out, and on "
    "28 November (10 December N.S.) he surrendered. In the winter of 1877–78 the Russians crossed "
    "the Balkan Mountains, and they entered Adrianople on 8 January 1878 (20 January N.S.).\n"
    "\n"
    "Campaign in the Caucasus\n"
    "In the east the Russians took Ardahan in May. Their advance on Erzurum was halted in the "
    "summer, but in October they won at Aladja Dagh, and on the night of 5 November (17 November "
    "N.S.) they stormed Kars. Erzurum was besieged through the winter and was given up by the "
    "armistice.\n"
    "\n"
    "Timeline\n"
    "1877 – 24 April: Russia declares war on the Ottoman Empire.\n"
    "1877 – 10 December: Plevna falls.\n"
    "1878 – 31 January: an armistice is signed at Adrianople.\n"
    "1878 – 3 March: the Treaty of San Stefano.\n"
    "\n"
    "Aftermath\n"
    "The great powers would not accept a large Bulgaria. At the Congress of Berlin, in the "
    "summer of 1878, the treaty was revised, and Romania, Serbia and Montenegro became "
    "independent. Bulgaria won its full independence thirty years later.\n"
    "\n"
    "Legacy\n"
    "In Bulgaria the war is remembered as the war of liberation, and 3 March is now the national "
    "holiday. A monument to the Russian soldiers stands at Shipka, and in 2018 the 140th "
    "anniversary of the liberation was celebrated there."
)

MEXICAN_AMERICAN = (
    "Date: April 25, 1846 – February 2, 1848\n"
    "The Mexican–American War was an armed conflict between the United States and Mexico that "
    "followed the American annexation of Texas. It lasted almost two years.\n"
    "\n"
    "Background\n"
    "Texas had won its independence from Mexico in 1836, but Mexico never recognized it. For "
    "nearly a decade the border was disputed. Congress voted to annex Texas in March 1845, and "
    "in January 1846 President Polk ordered General Zachary Taylor to the Rio Grande.\n"
    "\n"
    "Outbreak\n"
    "On April 25, 1846, Mexican cavalry attacked an American patrol north of the river. Taylor "
    "won the battles of Palo Alto and Resaca de la Palma on May 8–9. Congress declared war on "
    "May 13, and that summer American troops occupied New Mexico and California. Kearny's Army "
    "of the West left Fort Leavenworth in late June and entered Santa Fe on August 18 without "
    "firing a shot.\n"
    "\n"
    "Campaigns\n"
    "The war was fought in three main campaigns:\n"
    "1. Taylor's advance into northern Mexico, which took Monterrey in September 1846 and beat "
    "Santa Anna at Buena Vista the following February.\n"
    "2. The conquest of California, completed by January 1847.\n"
    "3. Winfield Scott's march on Mexico City, which began with a landing at Veracruz on "
    "March 9, 1847.\n"
    "Veracruz surrendered after a siege of twenty days. Scott defeated Santa Anna at Cerro Gordo "
    "on April 18 and then waited at Puebla for three months. In August he moved on the capital. "
    "Chapultepec was stormed on September 13, and by mid-September Mexico City was in American "
    "hands.\n"
    "\n"
    "Home front\n"
    "The war divided the country. In August 1846 Representative David Wilmot proposed that "
    "slavery be banned in any land taken from Mexico, and the quarrel over his proviso went on "
    "for years. Many volunteers had enlisted for twelve months, and in the spring of 1847 "
    "thousands of them went home just as Scott needed them most.\n"
    "\n"
    "Treaty\n"
    "Negotiations dragged on through the winter. The Treaty of Guadalupe Hidalgo, signed "
    "February 2, 1848, gave the United States more than half a million square miles. The Senate "
    "ratified it the following month, and the last American troops left Mexico that August.\n"
    "\n"
    "Legacy\n"
    "About 13,000 American soldiers died, most of them of disease. Ulysses S. Grant later called "
    'it "one of the most unjust ever waged by a stronger against a weaker nation." In 1998, on '
    "the 150th anniversary of the treaty, ceremonies were held in both countries, and the "
    "battlefield at Palo Alto has been a national historic site since 1992."
)

WINTER_WAR = (
    "The Winter War was a war between the Soviet Union and Finland. It began with a Soviet "
    "invasion on 30 November 1939 and ended 105 days later with the Moscow Peace Treaty of "
    "12 March 1940.\n"
    "\n"
    "Prelude\n"
    "Finland had declared its independence in December 1917, and a year and a half later it "
    "adopted a republican constitution. In the 1930s relations with Moscow were cool. In "
    "October 1939 the Soviet Union demanded territory on the Karelian Isthmus, "
    "and the talks broke down on 13 November.\n"
    "\n"
    "Chronology\n"
    "- 26 November 1939: the shelling of Mainila gives Moscow a pretext.\n"
    "- 30 November: Soviet troops cross the border and bombers strike Helsinki.\n"
    "- 14 December: the League of Nations expels the Soviet Union.\n"
    "- 7 January 1940: the battle of Suomussalmi ends in a Finnish victory.\n"
    "- 1 February: a new Soviet offensive opens on the Isthmus.\n"
    "- 13 March: the fighting stops at 11 a.m.\n"
    "\n"
    "The fighting\n"
    "In the first weeks of the war the Finns stopped the Red Army on every front. The winter was one of the "
    "coldest of the century, and Soviet columns froze on the forest roads. On Christmas Day the "
    "Finns counterattacked on the Isthmus, without success. By early February the "
    "Soviets had brought up fresh armies, and the artillery fired up to 300,000 shells per day. "
    "The Mannerheim Line was broken on 11 February. Within a month Viipuri was threatened, and "
    "the Finnish government asked for terms.\n"
    "\n"
    "Foreign help\n"
    "Sweden sent about 8,000 volunteers. Britain and France planned an expedition in February, "
    "but it never sailed. On 5 March Soviet troops crossed the frozen Gulf of Viipuri, and the "
    "Finnish delegation flew to Moscow the next day. The talks lasted less than a week.\n"
    "\n"
    "Aftermath\n"
    "Finland kept its independence but gave up eleven percent of its territory. About 25,000 "
    "Finns had died, roughly 240 per day of the war. The following summer the Soviet Union "
    "annexed the Baltic states, and the two countries were soon at war again: in June 1941 "
    "Finland joined the German attack, and the Continuation War lasted until "
    "September 1944.\n"
    "\n"
    "Legacy\n"
    'The war is remembered in Finland as a time of national unity, and the phrase "the spirit '
    'of the Winter War" is still heard in its politics. Since 1980 veterans have '
    "gathered on 13 March each year, and in 2009, on the 70th anniversary of the invasion, a "
    "memorial was unveiled in Helsinki."
)

ANGLO_ZULU = (
    "The Anglo-Zulu War was fought in 1879 between the British Empire and the Zulu Kingdom.\n"
    "\n"
    "Background\n"
    "British power in southern Africa grew through the 1840s and 1850s. In 1877 Britain annexed "
    "the Transvaal, and that same year Sir Bartle Frere arrived at the Cape as High "
    "Commissioner. Within months he sought a pretext to break the Zulu kingdom. On "
    "11 December 1878 he sent King Cetshwayo an ultimatum that could not be met within twenty "
    "days.\n"
    "\n"
    "Invasion\n"
    "British columns crossed into Zululand on 11 January 1879. The main camp was set up at "
    "Isandlwana. Early on 22 January 1879 a Zulu army of 20,000 men fell on the camp, and by "
    "two o'clock in the afternoon more than 1,300 of its defenders were dead. The same day a "
    "Zulu force crossed the river to Rorke's Drift. That afternoon 150 men held the mission "
    "station against repeated attacks, and the Zulus withdrew the next morning.\n"
    "\n"
    "Ulundi\n"
    "In March the British were again defeated at Intombe and Hlobane, but on 29 March they won "
    "at Kambula. Reinforcements arrived over the following weeks. By July Lord Chelmsford was "
    "ready to march on the royal kraal, and on 4 July his army burned Ulundi. The battle lasted "
    "less than an hour. Cetshwayo was captured at the end of August. Sir Garnet Wolseley, sent "
    "out in May to replace Chelmsford, reached the front only after the battle was over. Within "
    "six months of the invasion the kingdom had fallen.\n"
    "\n"
    "Aftermath\n"
    "Zululand was divided into thirteen chiefdoms. Civil war followed, and four years later "
    "Cetshwayo died. The kingdom was annexed in 1887, and for the rest of the century it was "
    "ruled from Natal. The civil war of the 1880s cost more Zulu lives than the invasion had.\n"
    "\n"
    "Casualties\n"
    "The British and their African allies lost about 1,900 men killed. Zulu losses were far "
    "higher: perhaps 10,000 warriors died in the six months of fighting, more than 50 per day. "
    "Disease killed hundreds more British soldiers in the camps during the rains of early 1879.\n"
    "\n"
    "Legacy\n"
    'A survivor wrote in 1882: "On the morning of 22 January 1879 we left the camp, and by '
    'the evening there was nobody left." Today Isandlwana is a heritage site. In 2004, on the '
    "125th anniversary of the battle, a "
    "monument to the Zulu dead was unveiled there."
)


GREEK_INDEPENDENCE = (
    "The Greek War of Independence was a revolt of the Greeks against the Ottoman Empire, "
    "fought from 1821 to 1829; the new kingdom's borders were fixed in 1832.\n"
    "\n"
    "Background\n"
    "Greece had been ruled by the Ottomans since the fifteenth century. In 1814 three "
    "merchants founded a secret society in Odessa, and over the next six years it spread "
    "across the Greek lands.\n"
    "\n"
    "Outbreak\n"
    "The revolution broke out in March 1821 in the Peloponnese. Today 25 March is celebrated "
    "as Independence Day. In April the rebels besieged Tripolitsa, and the town fell on 23 "
    "September after a siege of five months. In January 1822 an assembly at Epidaurus "
    "declared independence.\n"
    "\n"
    "Civil strife and Egyptian intervention\n"
    "In the following years the Greeks fought among themselves. In February 1825 an Egyptian "
    "army landed in the Peloponnese, and within a few months it had retaken most of the "
    "peninsula. Missolonghi fell on 10 April 1826 after a siege of almost a year.\n"
    "\n"
    "Intervention of the powers\n"
    "Britain, France and Russia signed the Treaty of London on 6 July 1827. In the autumn of "
    "1827 their fleets destroyed the Ottoman and Egyptian fleet at Navarino on 20 October. "
    "The next year a French army landed in the Morea, and by the end of 1828 the Egyptians "
    "had left. The war ended with the Treaty of Adrianople in September 1829.\n"
    "\n"
    "Aftermath\n"
    "By 1830 Greece was recognised as an independent state. Two years later the powers chose "
    "a Bavarian prince, Otto, as king, and he arrived at Nafplio in February 1833. He was "
    "deposed in 1862, and in the 1860s the Ionian Islands were ceded to Greece.\n"
    "\n"
    "Later risings\n"
    "Crete had stayed Ottoman. A decade after the war, in 1841, a revolt on the island was "
    "crushed within months. A larger rising broke out in the summer of 1866 and lasted three "
    "years; in November of that year hundreds of defenders blew up the monastery of Arkadi "
    "rather than surrender. The island was united with Greece only in 1913.\n"
    "\n"
    "Legacy\n"
    "The war inspired artists across Europe for decades. In 2021, on the 200th anniversary of "
    "the revolution, a military parade was held in Athens."
)


BANGLADESH = (
    "The Bangladesh Liberation War was an armed conflict in East Pakistan that lasted from 26 "
    "March to 16 December 1971 and led to the independence of Bangladesh.\n"
    "\n"
    "Background\n"
    "After the partition of India in 1947 Pakistan was made up of two wings a thousand miles "
    "apart. In the 1950s the language movement demanded that Bengali be a national language. "
    "In the general election of December 1970 the Awami League won a majority, but the "
    "military government postponed the assembly in early March.\n"
    "\n"
    "Operation Searchlight\n"
    "On the night of 25 March 1971 the army launched Operation Searchlight in Dhaka. In the "
    "early hours of 26 March independence was declared, and 26 March is now Independence Day. "
    "On 17 April a government in exile was sworn in.\n"
    "\n"
    "The guerrilla war\n"
    "Over the summer millions of refugees fled to India. The guerrillas of the Mukti Bahini "
    "struck at roads and bridges, and by October they controlled much of the countryside. The "
    "fighting lasted nine months in all.\n"
    "\n"
    "Indian intervention\n"
    "By the first week of December Indian troops had massed on the border. On 3 December "
    "Pakistan struck Indian airfields, and India declared war the next day. The war with "
    "India lasted 13 days. On the afternoon of 16 December the Pakistani commander "
    "surrendered at Dhaka. 16 December is observed as Victory Day.\n"
    "\n"
    "Casualties\n"
    "Estimates of the dead range from 300,000 to three million. On 14 December, two days "
    "before the surrender, militias killed scores of teachers, doctors and writers in Dhaka; "
    "14 December is commemorated as Martyred Intellectuals Day. Ten million refugees had fled "
    "by the end of the war, and most returned within a year.\n"
    "\n"
    "Aftermath\n"
    "In January 1972 Sheikh Mujibur Rahman returned to Dhaka. Pakistan recognised Bangladesh "
    "in 1974. In the decades since, the trials of war crimes have divided the country. On its "
    "50th anniversary in 2021 the country held celebrations for ten days."
)


DOCUMENTS: list[tuple[str, str, list[tuple[str, str, str]]]] = [
    (
        "crimean",
        CRIMEAN,
        [
            ("October 1853", "DATE", "1853-10"),
            ("February 1856", "DATE", "1856-02"),
            ("the 1820s", "DATE", "182"),
            ("1852", "DATE", "1852"),
            ("the spring of 1853", "DATE", "1853-SP"),
            ("May", "DATE", "1853-05"),
            ("July 1853", "DATE", "1853-07"),
            ("4 October", "DATE", "1853-10-04"),
            ("30 November", "DATE", "1853-11-30"),
            ("28 March 1854", "DATE", "1854-03-28"),
            ("September", "DATE", "1854-09"),
            ("20 September", "DATE", "1854-09-20"),
            ("October", "DATE", "1854-10"),
            ("25 October", "DATE", "1854-10-25"),
            ("Ten days later", "DATE", "1854-11-04"),
            ("The winter", "DATE", "1854-WI"),
            ("The following spring", "DATE", "1855-SP"),
            ("8 September 1855", "DATE", "1855-09-08"),
            ("that night", "TIME", "1855-09-08TNI"),
            ("30 March 1856", "DATE", "1856-03-30"),
            ("1870", "DATE", "1870"),
            ("Today", "DATE", "PRESENT_REF"),
            ("2006", "DATE", "2006"),
        ],
    ),
    (
        "boer",
        BOER,
        [
            ("11 October 1899", "DATE", "1899-10-11"),
            ("31 May 1902", "DATE", "1902-05-31"),
            ("the 1830s", "DATE", "183"),
            ("1886", "DATE", "1886"),
            ("the last days of 1895", "DATE", "1895"),
            ("a week", "DURATION", "P1W"),
            ("October", "DATE", "1899-10"),
            ("2 November", "DATE", "1899-11-02"),
            ("10", "DATE", "1899-12-10"),
            ("15 December", "DATE", "1899-12-15"),
            ("10 January", "DATE", "1900-01-10"),
            ("February", "DATE", "1900-02"),
            ("27 February", "DATE", "1900-02-27"),
            ("the next day", "DATE", "1900-02-28"),
            ("13 March", "DATE", "1900-03-13"),
            ("17 May", "DATE", "1900-05-17"),
            ("217 days", "DURATION", "P217D"),
            ("5 June", "DATE", "1900-06-05"),
            ("two more years", "DURATION", "P2Y"),
            ("1901", "DATE", "1901"),
            ("the end of the year", "DATE", "1901"),
            ("May 1902", "DATE", "1902-05"),
            ("31 May", "DATE", "1902-05-31"),
            ("1910", "DATE", "1910"),
            ("the next fifty years", "DURATION", "P50Y"),
            ("1913", "DATE", "1913"),
            ("today", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        "russo-japanese",
        RUSSO_JAPANESE,
        [
            ("1904", "DATE", "1904"),
            ("1905", "DATE", "1905"),
            ("1895", "DATE", "1895"),
            ("Three years later", "DATE", "1898"),
            ("1900", "DATE", "1900"),
            ("the night of 8 February 1904", "TIME", "1904-02-08TNI"),
            ("Two days later", "DATE", "1904-02-10"),
            ("April", "DATE", "1904-04"),
            ("May", "DATE", "1904-05"),
            ("August", "DATE", "1904-08"),
            ("2 January 1905", "DATE", "1905-01-02"),
            ("late February", "DATE", "1905-02"),
            ("almost three weeks", "DURATION", "P3W"),
            ("May", "DATE", "1905-05"),
            ("27 May", "DATE", "1905-05-27"),
            ("August", "DATE", "1905-08"),
            ("5 September", "DATE", "1905-09-05"),
            ("1905", "DATE", "1905"),
            ("Five years later", "DATE", "1910"),
            ("now", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        "falklands",
        FALKLANDS,
        [
            ("ten-week", "DURATION", "P10W"),
            ("1982", "DATE", "1982"),
            ("1833", "DATE", "1833"),
            ("the 1960s", "DATE", "196"),
            ("1970s", "DATE", "197"),
            ("December 1981", "DATE", "1981-12"),
            ("19 March", "DATE", "1982-03-19"),
            ("2 April", "DATE", "1982-04-02"),
            ("the same day", "DATE", "1982-04-02"),
            ("The next day", "DATE", "1982-04-03"),
            ("5 April", "DATE", "1982-04-05"),
            ("25 April", "DATE", "1982-04-25"),
            ("2 May", "DATE", "1982-05-02"),
            ("two days later", "DATE", "1982-05-04"),
            ("21 May", "DATE", "1982-05-21"),
            ("A week later", "DATE", "1982-W21"),
            ("early June", "DATE", "1982-06"),
            ("the night of 11 June", "TIME", "1982-06-11TNI"),
            ("14 June", "DATE", "1982-06-14"),
            ("days", "DURATION", "PXD"),
            ("1983", "DATE", "1983"),
            ("1990", "DATE", "1990"),
            ("2013", "DATE", "2013"),
            ("every year on 14 June", "SET", "XXXX-06-14"),
        ],
    ),
    (
        "balkan",
        BALKAN,
        [
            ("1912", "DATE", "1912"),
            ("1913", "DATE", "1913"),
            ("the 14th century", "DATE", "13"),
            ("the 19th century", "DATE", "18"),
            ("1908", "DATE", "1908"),
            ("the spring of 1912", "DATE", "1912-SP"),
            ("8 October 1912", "DATE", "1912-10-08"),
            ("Ten days later", "DATE", "1912-10-18"),
            ("late October", "DATE", "1912-10"),
            ("8 November", "DATE", "1912-11-08"),
            ("3 December", "DATE", "1912-12-03"),
            ("February", "DATE", "1913-02"),
            ("26 March", "DATE", "1913-03-26"),
            ("30 May", "DATE", "1913-05-30"),
            ("the night of 29 June", "TIME", "1913-06-29TNI"),
            ("a month", "DURATION", "P1M"),
            ("10 August", "DATE", "1913-08-10"),
            ("June 1914", "DATE", "1914-06"),
            # (A vague "later" with no count is TimeBank's FUTURE_REF.)
            ("a few weeks later", "DATE", "FUTURE_REF"),
            ("today", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        "franco-prussian",
        FRANCO_PRUSSIAN,
        [
            ("19 July 1870", "DATE", "1870-07-19"),
            ("28 January 1871", "DATE", "1871-01-28"),
            ("1866", "DATE", "1866"),
            ("seven weeks", "DURATION", "P7W"),
            # ("In the years that followed": the unit alone, as TimeBank draws it.)
            ("years", "DURATION", "PXY"),
            ("the summer of 1870", "DATE", "1870-SU"),
            ("13 July", "DATE", "1870-07-13"),
            ("1870", "DATE", "1870"),
            ("19 July", "DATE", "1870-07-19"),
            ("early August", "DATE", "1870-08"),
            ("6 August", "DATE", "1870-08-06"),
            ("18 August", "DATE", "1870-08-18"),
            ("Two weeks later", "DATE", "1870-W35"),
            ("4 September", "DATE", "1870-09-04"),
            ("1870", "DATE", "1870"),
            ("1871", "DATE", "1871"),
            ("19 September", "DATE", "1870-09-19"),
            ("That autumn", "DATE", "1870-FA"),
            ("27 October", "DATE", "1870-10-27"),
            ("December", "DATE", "1870-12"),
            ("The winter", "DATE", "1870-WI"),
            ("18 January", "DATE", "1871-01-18"),
            ("ten days later", "DATE", "1871-01-28"),
            ("10 May 1871", "DATE", "1871-05-10"),
            ("the same month", "DATE", "1871-05"),
            ("three years", "DURATION", "P3Y"),
            ("September 1873", "DATE", "1873-09"),
            ("the next four decades", "DURATION", "P40Y"),
            ("1919", "DATE", "1919"),
            ("Today", "DATE", "PRESENT_REF"),
            ("18 August 2014", "DATE", "2014-08-18"),
        ],
    ),
    (
        "thirty-years",
        THIRTY_YEARS,
        [
            # (A war named by how long it lasted: the name tells the duration.)
            ("Thirty Years", "DURATION", "P30Y"),
            ("1618", "DATE", "1618"),
            ("1648", "DATE", "1648"),
            ("1555", "DATE", "1555"),
            ("the next half century", "DURATION", "P50Y"),
            ("1608", "DATE", "1608"),
            # (A year after the background's year, not the lead's.)
            ("a year later", "DATE", "1609"),
            ("1618", "DATE", "1618"),
            ("1620", "DATE", "1620"),
            ("23 May 1618", "DATE", "1618-05-23"),
            ("The following year", "DATE", "1619"),
            ("8 November 1620", "DATE", "1620-11-08"),
            ("days", "DURATION", "PXD"),
            ("1630", "DATE", "1630"),
            ("1635", "DATE", "1635"),
            ("July 1630", "DATE", "1630-07"),
            ("the spring of 1631", "DATE", "1631-SP"),
            ("20 May", "DATE", "1631-05-20"),
            ("Four months later", "DATE", "1631-09"),
            ("That winter", "DATE", "1631-WI"),
            ("April 1632", "DATE", "1632-04"),
            ("16 November 1632", "DATE", "1632-11-16"),
            ("September 1634", "DATE", "1634-09"),
            ("the next spring", "DATE", "1635-SP"),
            ("1635", "DATE", "1635"),
            ("1648", "DATE", "1648"),
            ("May 1635", "DATE", "1635-05"),
            ("the next thirteen years", "DURATION", "P13Y"),
            ("1643", "DATE", "1643"),
            ("five years", "DURATION", "P5Y"),
            ("24 October 1648", "DATE", "1648-10-24"),
            ("more than a century", "DURATION", "P100Y"),
            ("1659", "DATE", "1659"),
            ("Today", "DATE", "PRESENT_REF"),
            ("1998", "DATE", "1998"),
        ],
    ),
    (
        "war-of-1812",
        WAR_OF_1812,
        [
            ("1812", "DATE", "1812"),
            ("June 18, 1812", "DATE", "1812-06-18"),
            ("February 17, 1815", "DATE", "1815-02-17"),
            ("1803", "DATE", "1803"),
            ("1807", "DATE", "1807"),
            # ("that year" is the one the sentence before named.)
            ("December of that year", "DATE", "1807-12"),
            ("June 1, 1812", "DATE", "1812-06-01"),
            ("June 4", "DATE", "1812-06-04"),
            ("two weeks later", "DATE", "1812-W25"),
            ("June 18", "DATE", "1812-06-18"),
            ("five days later", "DATE", "1812-06-23"),
            # (A heading that names two years opens its section in the first.)
            ("1812", "DATE", "1812"),
            ("1813", "DATE", "1813"),
            ("August 16", "DATE", "1812-08-16"),
            ("October", "DATE", "1812-10"),
            ("That winter", "DATE", "1812-WI"),
            ("The following spring", "DATE", "1813-SP"),
            ("April 27", "DATE", "1813-04-27"),
            ("September 10, 1813", "DATE", "1813-09-10"),
            ("three weeks later", "DATE", "1813-W39"),
            ("1814", "DATE", "1814"),
            ("April 1814", "DATE", "1814-04"),
            ("the evening of August 24", "TIME", "1814-08-24TEV"),
            ("mid-September", "DATE", "1814-09"),
            ("25 hours", "DURATION", "PT25H"),
            ("December 24, 1814", "DATE", "1814-12-24"),
            ("January 8", "DATE", "1815-01-08"),
            ("February 16", "DATE", "1815-02-16"),
            ("the next day", "DATE", "1815-02-17"),
            ("two years and eight months", "DURATION", "P2Y8M"),
            ("1931", "DATE", "1931"),
            ("2012", "DATE", "2012"),
            ("today", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        "gulf",
        GULF,
        [
            ("August 2, 1990", "DATE", "1990-08-02"),
            ("February 28, 1991", "DATE", "1991-02-28"),
            ("1988", "DATE", "1988"),
            ("July 1990", "DATE", "1990-07"),
            ("the early hours of August 2", "DATE", "1990-08-02"),
            ("twelve hours", "DURATION", "PT12H"),
            ("August 6", "DATE", "1990-08-06"),
            ("the next day", "DATE", "1990-08-07"),
            ("November", "DATE", "1990-11"),
            ("January 15, 1991", "DATE", "1991-01-15"),
            ("January 17, 1991", "DATE", "1991-01-17"),
            # ("H-hour" names the hour of an attack, not a time of the text.)
            ("3 a.m.", "TIME", "1991-01-17T03:00"),
            ("about 2:40 a.m.", "TIME", "1991-01-17T02:40"),
            ("The next night", "TIME", "1991-01-18TNI"),
            ("January 29", "DATE", "1991-01-29"),
            ("two days later", "DATE", "1991-01-31"),
            ("38 days", "DURATION", "P38D"),
            ("4 a.m. on Sunday, February 24", "TIME", "1991-02-24T04:00"),
            # (A weekday the story reaches after a Sunday is the coming one.)
            ("Tuesday evening", "TIME", "1991-02-26TEV"),
            # (A count after the comma is no year: "on February 28, 100 hours after ...".)
            ("February 28", "DATE", "1991-02-28"),
            ("100 hours", "DURATION", "PT100H"),
            ("March 3", "DATE", "1991-03-03"),
            ("March", "DATE", "1991-03"),
            ("weeks", "DURATION", "PXW"),
            ("November", "DATE", "1991-11"),
            ("Twelve years later", "DATE", "2003"),
            ("Today", "DATE", "PRESENT_REF"),
            ("2011", "DATE", "2011"),
            # The anniversary is the day its sentence dates (fuzzy.anniversary).
            ("the 20th anniversary of its liberation", "DATE", "2011-02-26"),
            ("February 26", "DATE", "2011-02-26"),
        ],
    ),
    (
        "napoleonic",
        NAPOLEONIC,
        [
            ("1803", "DATE", "1803"),
            ("1815", "DATE", "1815"),
            ("April 1792", "DATE", "1792-04"),
            ("9 November 1799", "DATE", "1799-11-09"),
            ("1802", "DATE", "1802"),
            ("18 May 1803", "DATE", "1803-05-18"),
            ("1805", "DATE", "1805"),
            # (A heading that names a campaign's year opens its section in that year.)
            ("the summer", "DATE", "1805-SU"),
            ("late August", "DATE", "1805-08"),
            ("20 October", "DATE", "1805-10-20"),
            ("the next day", "DATE", "1805-10-21"),
            # (An anniversary counts from an event: "the first anniversary of his coronation"
            # restates the day, and is no expression of its own here, as in the articles above.)
            ("2 December", "DATE", "1805-12-02"),
            ("the first anniversary of his coronation", "DATE", "1805-12-02"),
            ("26 December", "DATE", "1805-12-26"),
            ("1806", "DATE", "1806"),
            ("1807", "DATE", "1807"),
            ("the autumn of 1806", "DATE", "1806-FA"),
            ("14 October", "DATE", "1806-10-14"),
            ("two weeks later", "DATE", "1806-W44"),
            # ("The winter campaign": the winter the story is in, 1806 to 1807.)
            ("winter", "DATE", "1806-WI"),
            ("14 June 1807", "DATE", "1807-06-14"),
            ("July", "DATE", "1807-07"),
            ("24 June 1812", "DATE", "1812-06-24"),
            ("7 September", "DATE", "1812-09-07"),
            ("a week later", "DATE", "1812-W38"),
            ("five weeks", "DURATION", "P5W"),
            ("19 October", "DATE", "1812-10-19"),
            ("the winter of 1812–13", "DATE", "1812-WI"),
            ("October 1813", "DATE", "1813-10"),
            ("four days", "DURATION", "P4D"),
            # (A period named by its length, as "the Thirty Years' War" is; a heading keeps its article.)
            ("The Hundred Days", "DURATION", "P100D"),
            ("6 April 1814", "DATE", "1814-04-06"),
            ("February 1815", "DATE", "1815-02"),
            ("20 March", "DATE", "1815-03-20"),
            ("the Hundred Days", "DURATION", "P100D"),
            ("18 June", "DATE", "1815-06-18"),
            ("six years later", "DATE", "1821"),
            ("the 19th century", "DATE", "18"),
            ("today", "DATE", "PRESENT_REF"),
            ("2015", "DATE", "2015"),
        ],
    ),
    (
        "arab-israeli",
        ARAB_ISRAELI,
        [
            ("Six-Day", "DURATION", "P6D"),
            ("5", "DATE", "1967-06-05"),
            ("10 June 1967", "DATE", "1967-06-10"),
            ("Six years later", "DATE", "1973"),
            ("October 1973", "DATE", "1973-10"),
            ("1948", "DATE", "1948"),
            # (A day in the sentence of a flashback's year is in that year, not the lead's.)
            ("11 June", "DATE", "1948-06-11"),
            ("four weeks", "DURATION", "P4W"),
            ("1956", "DATE", "1956"),
            ("a few months", "DURATION", "PXM"),
            ("the mid-1960s", "DATE", "196"),
            ("16 May 1967", "DATE", "1967-05-16"),
            ("a week later", "DATE", "1967-W21"),
            ("Six-Day", "DURATION", "P6D"),
            ("the morning of Monday, 5 June", "TIME", "1967-06-05TMO"),
            ("three hours", "DURATION", "PT3H"),
            ("That afternoon", "TIME", "1967-06-05TAF"),
            # (The weekdays of a week the story tells day by day: auto must not take them as news.)
            ("Wednesday", "DATE", "1967-06-07"),
            ("the evening", "TIME", "1967-06-07TEV"),
            ("the next day", "DATE", "1967-06-08"),
            ("9 June", "DATE", "1967-06-09"),
            ("18:30 on Saturday", "TIME", "1967-06-10T18:30"),
            ("six days", "DURATION", "P6D"),
            ("6 October 1973", "DATE", "1973-10-06"),
            # (The feast restates the day; "the Yom Kippur War" names the war, no day of it.)
            ("Yom Kippur", "DATE", "1973-10-06"),
            ("14:00", "TIME", "1973-10-06T14:00"),
            ("the evening", "TIME", "1973-10-06TEV"),
            ("the afternoon of 6 October", "TIME", "1973-10-06TAF"),
            ("three days", "DURATION", "P3D"),
            ("14 October", "DATE", "1973-10-14"),
            ("two days later", "DATE", "1973-10-16"),
            ("22 October", "DATE", "1973-10-22"),
            ("24 October", "DATE", "1973-10-24"),
            ("March 1979", "DATE", "1979-03"),
            ("April 1982", "DATE", "1982-04"),
            ("1994", "DATE", "1994"),
            ("today", "DATE", "PRESENT_REF"),
            ("1967", "DATE", "1967"),
            ("2017", "DATE", "2017"),
        ],
    ),
    (
        "peloponnesian",
        PELOPONNESIAN,
        [
            ("431", "DATE", "BC0431"),
            ("404 BC", "DATE", "BC0404"),
            ("490", "DATE", "BC0490"),
            ("480 BC", "DATE", "BC0480"),
            ("the next fifty years", "DURATION", "P50Y"),
            # ("A thirty years' peace": a length, as in the name of a war.)
            ("thirty years", "DURATION", "P30Y"),
            ("446 BC", "DATE", "BC0446"),
            ("less than fifteen years", "DURATION", "P15Y"),
            ("433 BC", "DATE", "BC0433"),
            ("the spring of 431 BC", "DATE", "BC0431-SP"),
            ("May", "DATE", "BC0431-05"),
            ("the summer of 430 BC", "DATE", "BC0430-SU"),
            ("the following year", "DATE", "BC0429"),
            ("425 BC", "DATE", "BC0425"),
            # (Counted from the year the lead starts the war in: 431 BC is the first.)
            ("the eighth year of the war", "DATE", "BC0424"),
            ("422 BC", "DATE", "BC0422"),
            ("the spring of 421 BC", "DATE", "BC0421-SP"),
            ("six years", "DURATION", "P6Y"),
            ("the summer of 415 BC", "DATE", "BC0415-SU"),
            ("two years", "DURATION", "P2Y"),
            ("September 413 BC", "DATE", "BC0413-09"),
            ("406 BC", "DATE", "BC0406"),
            ("the next year", "DATE", "BC0405"),
            ("April 404 BC", "DATE", "BC0404-04"),
            ("several months", "DURATION", "PXM"),
            ("only some thirty years", "DURATION", "P30Y"),
            ("the 4th century BC", "DATE", "BC03"),
            ("today", "DATE", "PRESENT_REF"),
            ("the 1990s", "DATE", "199"),
        ],
    ),
    (
        "soviet-afghan",
        SOVIET_AFGHAN,
        [
            ("December 1979", "DATE", "1979-12"),
            ("February 1989", "DATE", "1989-02"),
            ("the 19th century", "DATE", "18"),
            ("1973", "DATE", "1973"),
            ("Five years later", "DATE", "1978"),
            ("April 1978", "DATE", "1978-04"),
            ("March 1979", "DATE", "1979-03"),
            ("the autumn", "DATE", "1979-FA"),
            ("late 1979", "DATE", "1979"),
            ("24 December", "DATE", "1979-12-24"),
            ("three days later", "DATE", "1979-12-27"),
            ("mid-January 1980", "DATE", "1980-01"),
            # ("Over the next decade": the stretch the preposition measures, not the 1990s.)
            ("the next decade", "DURATION", "P10Y"),
            ("1980", "DATE", "1980"),
            ("1985", "DATE", "1985"),
            ("the mid-1980s", "DATE", "198"),
            ("May 1986", "DATE", "1986-05"),
            # (The determiner belongs to the month, as "that winter" keeps it.)
            ("that September", "DATE", "1986-09"),
            ("March 1985", "DATE", "1985-03"),
            ("14 April 1988", "DATE", "1988-04-14"),
            ("a month later", "DATE", "1988-05"),
            ("15 May", "DATE", "1988-05-15"),
            ("15 February 1989", "DATE", "1989-02-15"),
            ("nine years of war", "DURATION", "P9Y"),
            ("three years", "DURATION", "P3Y"),
            ("April 1992", "DATE", "1992-04"),
            ("September 1996", "DATE", "1996-09"),
            ("December 1991", "DATE", "1991-12"),
            # (Counted from the year the sentence before names, not from the story's last date.)
            ("Ten years later", "DATE", "2001"),
            ("two decades", "DURATION", "P20Y"),
            ("Every year on 15 February", "SET", "XXXX-02-15"),
            # (A history tags "former" as a vague past, as WikiWars does.)
            ("former", "DATE", "PAST_REF"),
            ("2019", "DATE", "2019"),
        ],
    ),
    (
        "hundred-years",
        HUNDRED_YEARS,
        [
            ("Hundred Years", "DURATION", "P100Y"),
            ("1337", "DATE", "1337"),
            ("1453", "DATE", "1453"),
            ("1066", "DATE", "1066"),
            ("1328", "DATE", "1328"),
            ("May 1337", "DATE", "1337-05"),
            ("the autumn", "DATE", "1337-FA"),
            ("24 June 1340", "DATE", "1340-06-24"),
            ("Six years later", "DATE", "1346"),
            ("26 August 1346", "DATE", "1346-08-26"),
            ("the following year", "DATE", "1347"),
            ("eleven months", "DURATION", "P11M"),
            ("1348", "DATE", "1348"),
            ("several years", "DURATION", "PXY"),
            ("the 1350s", "DATE", "135"),
            ("19 September 1356", "DATE", "1356-09-19"),
            ("1360", "DATE", "1360"),
            ("1369", "DATE", "1369"),
            ("the following decade", "DURATION", "P10Y"),
            ("the late 14th century", "DATE", "13"),
            ("1396", "DATE", "1396"),
            ("almost twenty years", "DURATION", "P20Y"),
            ("the spring of 1415", "DATE", "1415-SP"),
            ("August", "DATE", "1415-08"),
            ("five weeks", "DURATION", "P5W"),
            # (The feast and the date it falls on, in apposition: one expression, as "Christmas
            # Day, 25 December 1776" is.)
            ("St Crispin's Day, 25 October 1415", "DATE", "1415-10-25"),
            ("May 1420", "DATE", "1420-05"),
            ("two years later", "DATE", "1422"),
            ("the next two decades", "DURATION", "P20Y"),
            ("the winter of 1428", "DATE", "1428-WI"),
            ("8 May 1429", "DATE", "1429-05-08"),
            ("that July", "DATE", "1429-07"),
            ("the following year", "DATE", "1430"),
            ("30 May 1431", "DATE", "1431-05-30"),
            ("1435", "DATE", "1435"),
            ("the next spring", "DATE", "1436-SP"),
            ("1449", "DATE", "1449"),
            ("1450", "DATE", "1450"),
            ("17 July 1453", "DATE", "1453-07-17"),
            ("the end of the year", "DATE", "1453"),
            ("1558", "DATE", "1558"),
            ("1801", "DATE", "1801"),
            ("Today", "DATE", "PRESENT_REF"),
            ("2015", "DATE", "2015"),
        ],
    ),
    (
        "russo-turkish",
        RUSSO_TURKISH,
        [
            ("1877", "DATE", "1877"),
            ("1878", "DATE", "1878"),
            # (Dual dates: the Old Style day as the text writes it, the New Style one in brackets;
            # each is the day its own words name.)
            ("12 April 1877", "DATE", "1877-04-12"),
            ("24 April", "DATE", "1877-04-24"),
            ("19 February 1878", "DATE", "1878-02-19"),
            ("3 March", "DATE", "1878-03-03"),
            ("1853", "DATE", "1853"),
            ("1856", "DATE", "1856"),
            ("the summer of 1875", "DATE", "1875-SU"),
            ("April 1876", "DATE", "1876-04"),
            # ("the April Uprising": a month in an event's name, tagged as the dev gold tags
            # "the February Revolution".)
            ("April", "DATE", "1876-04"),
            ("weeks", "DURATION", "PXW"),
            ("June 1876", "DATE", "1876-06"),
            ("December", "DATE", "1876-12"),
            ("January 1877", "DATE", "1877-01"),
            ("15 June", "DATE", "1877-06-15"),
            ("27 June", "DATE", "1877-06-27"),
            ("July", "DATE", "1877-07"),
            ("the 8th", "DATE", "1877-07-08"),
            ("19 July", "DATE", "1877-07-19"),
            ("31 July", "DATE", "1877-07-31"),
            ("the autumn", "DATE", "1877-FA"),
            ("five months", "DURATION", "P5M"),
            ("28 November", "DATE", "1877-11-28"),
            ("10 December", "DATE", "1877-12-10"),
            ("the winter of 1877–78", "DATE", "1877-WI"),
            ("8 January 1878", "DATE", "1878-01-08"),
            ("20 January", "DATE", "1878-01-20"),
            # (A section on another front starts again at the war's start: its May is not the
            # one after the end the lead dates.)
            ("May", "DATE", "1877-05"),
            ("the summer", "DATE", "1877-SU"),
            ("October", "DATE", "1877-10"),
            ("the night of 5 November", "TIME", "1877-11-05TNI"),
            ("17 November", "DATE", "1877-11-17"),
            ("the winter", "DATE", "1877-WI"),
            # (A timeline of bullets: each year and the day after it.)
            ("1877", "DATE", "1877"),
            ("24 April", "DATE", "1877-04-24"),
            ("1877", "DATE", "1877"),
            ("10 December", "DATE", "1877-12-10"),
            ("1878", "DATE", "1878"),
            ("31 January", "DATE", "1878-01-31"),
            ("1878", "DATE", "1878"),
            ("3 March", "DATE", "1878-03-03"),
            ("the summer of 1878", "DATE", "1878-SU"),
            ("thirty years later", "DATE", "1908"),
            # (A day kept every year, said in the present: that day of any year.)
            ("3 March", "DATE", "XXXX-03-03"),
            ("now", "DATE", "PRESENT_REF"),
            ("2018", "DATE", "2018"),
        ],
    ),
    (
        "mexican-american",
        MEXICAN_AMERICAN,
        [
            # (An infobox line dates the war from its first day to its last.)
            ("April 25, 1846", "DATE", "1846-04-25"),
            ("February 2, 1848", "DATE", "1848-02-02"),
            ("almost two years", "DURATION", "P2Y"),
            ("1836", "DATE", "1836"),
            ("nearly a decade", "DURATION", "P10Y"),
            ("March 1845", "DATE", "1845-03"),
            ("January 1846", "DATE", "1846-01"),
            ("April 25, 1846", "DATE", "1846-04-25"),
            ("May 8", "DATE", "1846-05-08"),
            # ("May 8-9" with a dash: two days of one month, the second a bare number.)
            ("9", "DATE", "1846-05-09"),
            ("May 13", "DATE", "1846-05-13"),
            ("that summer", "DATE", "1846-SU"),
            ("late June", "DATE", "1846-06"),
            ("August 18", "DATE", "1846-08-18"),
            ("September 1846", "DATE", "1846-09"),
            # (A numbered list of campaigns: each item goes back to its own months.)
            ("the following February", "DATE", "1847-02"),
            ("January 1847", "DATE", "1847-01"),
            ("March 9, 1847", "DATE", "1847-03-09"),
            ("twenty days", "DURATION", "P20D"),
            ("April 18", "DATE", "1847-04-18"),
            ("three months", "DURATION", "P3M"),
            ("August", "DATE", "1847-08"),
            ("September 13", "DATE", "1847-09-13"),
            ("mid-September", "DATE", "1847-09"),
            ("August 1846", "DATE", "1846-08"),
            ("years", "DURATION", "PXY"),
            ("twelve months", "DURATION", "P12M"),
            ("the spring of 1847", "DATE", "1847-SP"),
            ("the winter", "DATE", "1847-WI"),
            ("February 2, 1848", "DATE", "1848-02-02"),
            ("the following month", "DATE", "1848-03"),
            # (A month after "that" at the end of a sentence: the story's year.)
            ("that August", "DATE", "1848-08"),
            # (The anniversary restates the year; "since 1992" is the year alone.)
            ("1998", "DATE", "1998"),
            ("1992", "DATE", "1992"),
        ],
    ),
    (
        "winter-war",
        WINTER_WAR,
        [
            ("30 November 1939", "DATE", "1939-11-30"),
            # (A lead that counts on from the war's start: the count dates the war's end too.)
            ("105 days later", "DATE", "1940-03-14"),
            ("12 March 1940", "DATE", "1940-03-12"),
            ("December 1917", "DATE", "1917-12"),
            ("a year and a half later", "DATE", "1919-06"),
            ("the 1930s", "DATE", "193"),
            ("October 1939", "DATE", "1939-10"),
            ("13 November", "DATE", "1939-11-13"),
            # (A chronology of bullets, each a day and what happened on it.)
            ("26 November 1939", "DATE", "1939-11-26"),
            ("30 November", "DATE", "1939-11-30"),
            ("14 December", "DATE", "1939-12-14"),
            ("7 January 1940", "DATE", "1940-01-07"),
            ("1 February", "DATE", "1940-02-01"),
            ("13 March", "DATE", "1940-03-13"),
            ("11 a.m.", "TIME", "1940-03-13T11:00"),
            # (The next section tells the war again from its start: a length said first places
            # no date, so its winter is the first one of the war, not the one after the end.)
            ("the first weeks of the war", "DURATION", "PXW"),
            ("The winter", "DATE", "1939-WI"),
            # ("one of the coldest of the century": the century a record is of, the story's.)
            ("the century", "DATE", "19"),
            ("Christmas Day", "DATE", "1939-12-25"),
            ("early February", "DATE", "1940-02"),
            # ("per day" is tagged as the dev gold tags it: a duration of one day.)
            ("per day", "DURATION", "P1D"),
            ("11 February", "DATE", "1940-02-11"),
            ("a month", "DURATION", "P1M"),
            ("February", "DATE", "1940-02"),
            ("5 March", "DATE", "1940-03-05"),
            ("the next day", "DATE", "1940-03-06"),
            ("less than a week", "DURATION", "P1W"),
            ("per day", "DURATION", "P1D"),
            ("The following summer", "DATE", "1940-SU"),
            ("June 1941", "DATE", "1941-06"),
            ("September 1944", "DATE", "1944-09"),
            ("1980", "DATE", "1980"),
            # (A day kept every year.)
            ("13 March each year", "SET", "XXXX-03-13"),
            ("2009", "DATE", "2009"),
        ],
    ),
    (
        "anglo-zulu",
        ANGLO_ZULU,
        [
            ("1879", "DATE", "1879"),
            ("the 1840s", "DATE", "184"),
            ("1850s", "DATE", "185"),
            ("1877", "DATE", "1877"),
            ("that same year", "DATE", "1877"),
            ("months", "DURATION", "PXM"),
            ("11 December 1878", "DATE", "1878-12-11"),
            ("twenty days", "DURATION", "P20D"),
            ("11 January 1879", "DATE", "1879-01-11"),
            ("22 January 1879", "DATE", "1879-01-22"),
            ("two o'clock in the afternoon", "TIME", "1879-01-22T14:00"),
            ("The same day", "DATE", "1879-01-22"),
            ("That afternoon", "TIME", "1879-01-22TAF"),
            # (An afternoon, then the morning after the night, of the day the text is at.)
            ("the next morning", "TIME", "1879-01-23TMO"),
            ("March", "DATE", "1879-03"),
            ("29 March", "DATE", "1879-03-29"),
            ("the following weeks", "DURATION", "PXW"),
            ("July", "DATE", "1879-07"),
            ("4 July", "DATE", "1879-07-04"),
            ("less than an hour", "DURATION", "PT1H"),
            ("the end of August", "DATE", "1879-08"),
            # (A clause that looks back from August: the May before it, not the next one.)
            ("May", "DATE", "1879-05"),
            ("six months of the invasion", "DURATION", "P6M"),
            ("four years later", "DATE", "1883"),
            ("1887", "DATE", "1887"),
            # (What is left of the century the story is in: the century's value, as "the rest of
            # the year" has the year's.)
            ("the rest of the century", "DATE", "18"),
            ("the 1880s", "DATE", "188"),
            # (A casualties section: a length, a rate, and the war's first months again.)
            ("the six months of fighting", "DURATION", "P6M"),
            ("per day", "DURATION", "P1D"),
            ("early 1879", "DATE", "1879"),
            ("1882", "DATE", "1882"),
            # (A quotation dates its own day; its evening is that day's.)
            ("the morning of 22 January 1879", "TIME", "1879-01-22TMO"),
            ("the evening", "TIME", "1879-01-22TEV"),
            ("Today", "DATE", "PRESENT_REF"),
            ("2004", "DATE", "2004"),
        ],
    ),
    (
        "greek_independence",
        GREEK_INDEPENDENCE,
        [
            ("1821", "DATE", "1821"),
            ("1829", "DATE", "1829"),
            ("1832", "DATE", "1832"),
            ("the fifteenth century", "DATE", "14"),
            ("1814", "DATE", "1814"),
            ("the next six years", "DURATION", "P6Y"),
            ("March 1821", "DATE", "1821-03"),
            ("Today", "DATE", "PRESENT_REF"),
            # (A day kept every year is that day in any year, and so is the holiday it is kept
            # as: not the American Fourth of July.)
            ("25 March", "DATE", "XXXX-03-25"),
            ("Independence Day", "DATE", "XXXX-03-25"),
            ("April", "DATE", "1821-04"),
            ("23 September", "DATE", "1821-09-23"),
            ("five months", "DURATION", "P5M"),
            ("January 1822", "DATE", "1822-01"),
            ("the following years", "DURATION", "PXY"),
            ("February 1825", "DATE", "1825-02"),
            ("a few months", "DURATION", "PXM"),
            ("10 April 1826", "DATE", "1826-04-10"),
            ("almost a year", "DURATION", "P1Y"),
            ("6 July 1827", "DATE", "1827-07-06"),
            ("the autumn of 1827", "DATE", "1827-FA"),
            ("20 October", "DATE", "1827-10-20"),
            ("The next year", "DATE", "1828"),
            ("the end of 1828", "DATE", "1828"),
            ("September 1829", "DATE", "1829-09"),
            ("1830", "DATE", "1830"),
            ("Two years later", "DATE", "1832"),
            ("February 1833", "DATE", "1833-02"),
            ("1862", "DATE", "1862"),
            ("the 1860s", "DATE", "186"),
            # (A later section jumps ahead with a count from the war, which the year after it
            # restates.)
            ("A decade after the war", "DATE", "1841"),
            ("1841", "DATE", "1841"),
            ("months", "DURATION", "PXM"),
            ("the summer of 1866", "DATE", "1866-SU"),
            ("three years", "DURATION", "P3Y"),
            ("November of that year", "DATE", "1866-11"),
            ("1913", "DATE", "1913"),
            ("decades", "DURATION", "PXY"),
            ("2021", "DATE", "2021"),
        ],
    ),
    (
        "bangladesh",
        BANGLADESH,
        [
            ("26 March", "DATE", "1971-03-26"),
            ("16 December 1971", "DATE", "1971-12-16"),
            ("1947", "DATE", "1947"),
            ("the 1950s", "DATE", "195"),
            ("December 1970", "DATE", "1970-12"),
            ("early March", "DATE", "1971-03"),
            ("the night of 25 March 1971", "TIME", "1971-03-25TNI"),
            ("the early hours of 26 March", "DATE", "1971-03-26"),
            # (The day kept since, with a "now" between it and its holiday's name.)
            ("26 March", "DATE", "XXXX-03-26"),
            ("now", "DATE", "PRESENT_REF"),
            ("Independence Day", "DATE", "XXXX-03-26"),
            ("17 April", "DATE", "1971-04-17"),
            ("the summer", "DATE", "1971-SU"),
            ("October", "DATE", "1971-10"),
            ("nine months", "DURATION", "P9M"),
            ("the first week of December", "DATE", "1971-W48"),
            ("3 December", "DATE", "1971-12-03"),
            ("the next day", "DATE", "1971-12-04"),
            ("13 days", "DURATION", "P13D"),
            ("the afternoon of 16 December", "TIME", "1971-12-16TAF"),
            # (Not the Victory Day of 9 May: the day the sentence names.)
            ("16 December", "DATE", "XXXX-12-16"),
            ("Victory Day", "DATE", "XXXX-12-16"),
            # (A casualties section goes back two days; its kept day is any year's.)
            ("14 December", "DATE", "1971-12-14"),
            # (A count from an event in apposition to a date restates it.)
            ("two days before the surrender", "DATE", "1971-12-14"),
            ("14 December", "DATE", "XXXX-12-14"),
            ("Martyred Intellectuals Day", "DATE", "XXXX-12-14"),
            ("a year", "DURATION", "P1Y"),
            ("January 1972", "DATE", "1972-01"),
            ("1974", "DATE", "1974"),
            ("the decades since", "DURATION", "PXY"),
            ("2021", "DATE", "2021"),
            ("ten days", "DURATION", "P10D"),
        ],
    ),
]


#: (document, span, occurrence) -> why the value listed is not reached yet (strict xfails).
KNOWN_GAPS: dict[tuple[str, str, int], str] = {}

#: document -> why the expressions found are not yet the ones listed (strict xfails).
SPAN_GAPS: dict[str, str] = {}


def _params(domain: str) -> list:
    params = []
    for name, text, expected in DOCUMENTS:
        for (span, occurrence), found in keyed(
            (span, (kind, value)) for span, kind, value in expected
        ).items():
            gap = KNOWN_GAPS.get((name, span, occurrence))
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            key = (span, occurrence)
            params.append(
                pytest.param(domain, text, key, found, id=f"{domain}-{name}-{span}-{occurrence}", marks=marks)
            )
    return params


_CACHE: dict[tuple[str, str], dict[tuple[str, int], tuple[str, str]]] = {}


def _found(text: str, domain: str) -> dict[tuple[str, int], tuple[str, str]]:
    if (text, domain) not in _CACHE:
        timexes = annotate_document(text, dct=DCT, domain=domain).timexes
        _CACHE[(text, domain)] = keyed((timex.text, (timex.type, timex.value)) for timex in timexes)
    return _CACHE[(text, domain)]


def _documents_with_span_gaps() -> list:
    return [
        pytest.param(
            name,
            text,
            expected,
            id=name,
            marks=[pytest.mark.xfail(reason=SPAN_GAPS[name], strict=True)] if name in SPAN_GAPS else [],
        )
        for name, text, expected in DOCUMENTS
    ]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("name", "text", "expected"), _documents_with_span_gaps())
def test_every_expression_is_found(domain: str, name: str, text: str, expected: list) -> None:
    """The article gives exactly the expressions listed, in order (values are checked below)."""
    found = [timex.text for timex in annotate(text, dct=DCT, domain=domain)]
    assert found == [span for span, _, _ in expected]


@pytest.mark.parametrize(("name", "text", "expected"), DOCUMENTS, ids=[name for name, _, _ in DOCUMENTS])
def test_auto_reads_the_article_as_a_history(name: str, text: str, expected: list) -> None:
    assert annotate_document(text, dct=DCT, domain="auto").domain == "narrative"


@pytest.mark.parametrize(("domain", "text", "key", "expected"), [*_params("narrative"), *_params("auto")])
def test_value(domain: str, text: str, key: tuple[str, int], expected: tuple[str, str]) -> None:
    assert _found(text, domain).get(key) == expected


def test_auto_a_history_may_say_today_once_among_other_presents() -> None:
    """One "today" of the history's own present, with a "now", is no sign of news when both come
    after every day the history tells, in its aftermath (a report's "said today" comes first)."""
    text = BALKAN + " The forts are now museums."
    assert annotate_document(text, dct=DCT, domain="auto").domain == "narrative"


def test_auto_a_report_that_speaks_of_its_present_first_stays_news() -> None:
    """A report's "today" and "now" come before the old days it recalls: no aftermath."""
    text = (
        "Veterans gathered today in Seoul. Most are now in their eighties. The war began on 25 June "
        "1950 and ended on 27 July 1953. Seoul fell on 28 June and was retaken on 28 September."
    )
    assert annotate_document(text, dct="2009-06-25", domain="auto").domain == "news"


@pytest.mark.parametrize("domain", ["narrative", "auto"])
def test_a_history_tags_the_adjectives_that_place_people_in_time(domain: str) -> None:
    """Histories are annotated in the TIMEX2 tradition: "former", "recent" and "future" before a
    noun are vague references; once auto has read the text as a history, they are found too."""
    text = BALKAN + " The former king, buoyed by recent victories, swore to prevent future wars."
    timexes = annotate(text, dct=DCT, domain=domain)
    tagged = [(t.text, t.value) for t in timexes if t.rule.endswith("_adjective")]
    assert tagged == [("former", "PAST_REF"), ("recent", "PAST_REF"), ("future", "FUTURE_REF")]


@pytest.mark.parametrize("domain", ["news", "auto"])
def test_news_leaves_those_adjectives_out(domain: str) -> None:
    text = "The former minister said on Tuesday that recent talks would shape future budgets."
    assert [t.text for t in annotate(text, dct=DCT, domain=domain)] == ["Tuesday"]
