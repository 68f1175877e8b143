"""What the text around an expression says: sentence bounds and the tense of the clause.

Resolution asks one question of the context: does the clause around an expression speak of the
past or of the future? The answer comes from auxiliaries (``will``, ``'ll``, ``is to``), cue words
(``scheduled``, ``plans to``, ``ago``) and past-tense verb forms, nearest to the expression first.

>>> text = "Xi and Putin held talks on the 8th. They will meet again on the 12th."
>>> tense_at(text, text.index("the 8th")), tense_at(text, text.index("the 12th"))
('past', 'future')
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Literal

from dateline.lexicon import en

Tense = Literal["past", "future", "present"]
#: A cue's tense, or "plan": a plan told in the past ("decided to"), past for what comes before it
#: and future for what comes after it; or "ahead": future for what comes after it, no cue before.
_Cue = Literal["past", "future", "present", "plan", "ahead"]

#: A full stop ends a sentence unless it closes an initial ("U.S.", "J. Smith") or a title or
#: "vs." that a name follows ("Dr. Slepian", "Roe vs. Wade").
_SENTENCE_END = re.compile(
    # The look-behinds come after the punctuation, so the search skips ahead to it at C speed.
    # (An upper-case "P.M." ends one as "p.m." does: "canceled all flights after 3 P.M. Service
    # was expected to resume".)
    r"[.!?](?:(?<=[AP]\.M\.)|(?<!\b[A-Z][.!?]))(?<!\b(?:Mr|Ms|Dr|St|Lt|vs)[.!?])(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col|Sgt|Adm|Rev)[.!?])"
    # ("sponsored by Reps. Shays and Meehan", "Sens. McCain and Feingold", "Govs.").
    r"(?<!\b(?:Reps|Sens|Govs|Gens)[.!?])(?<!\bDrs[.!?])"
    # (Nor "p.m." before the time it gives in another zone: "5 p.m. (2100 GMT) Monday".)
    # (... and after the quotation the stop closes: 'He said the army "will win." On Monday, ...'.)
    # (... nor "p.m." before its zone or its day: "3 p.m. EDT (1900 GMT) on Friday", "5 p.m. Monday".)
    # (... nor the "Jr." of a feast's name: "Martin Luther King Jr. Day".)
    r"(?:[\"”’]|'')?\s+(?!(?<=\bJr\.\s)Day\b)(?!(?<=[apAP]\.[mM]\.\s)(?:(?:GMT|UTC|EDT|EST|CDT|CST|MDT|MST|PDT|PST|ET|CT|MT|PT|BST|CET|CEST|IST|JST|HKT|SGT|AEST|AEDT|MSK|SAST)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|Eastern\b|Central\b|Pacific\b|Mountain\b"
    r"|(?:Beijing|Tokyo|Seoul|Bangkok|Jakarta|Manila|Taipei|Singapore|Hong Kong) [Tt]ime\b))"
    # (... and a list's next item: "... to 3 p.m. Tuesday.\n- The fireworks have been rescheduled".)
    r"(?=[A-Z\"'“`]|(?<![apAP]\.[mM]\.\s)\(|(?<=\n)[-•*–—]\s)|\n\s*\n|\n(?=[A-Z]|[-•*–—]\s)"
)
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll")
#: Plans told in the past tense: future cues for what the infinitive says after them.
_PAST_PLAN_VERBS = (
    "planned|intended|expected|agreed|promised|vowed|threatened|decided|pledged|hoped|wanted|sought|aimed|prepared|"
    # ... and what threatens: "with a storm system threatening to complicate plans over the weekend".
    "threatening|"
    # ... and a filing for what is to be done: "has filed to sell shares in February".
    "filed|applied|"
    # ... and in the progressive: "was saving to go back to school in the fall".
    "(?:was|were) (?:hoping|planning|saving|preparing|intending|aiming)"
)
#: The verbs of an order, a request or an expectation given, before whom it is given and what
#: is to be done ("ordered residents to leave by Saturday").
_DIRECTIVE_VERBS = (
    "ordered|told|urged|asked|instructed|advised|encouraged|directed|warned|expected"
    # ... and an expectation told in the present: "the agency expects that figure to reach 3.5
    # million by the end of the year".
    "|expects|expecting"
    # ... and told in the present: "The State Department is warning Americans to be careful
    # through the weekend".
    "|warning|urging|advising"
    # ... and the orders given while told: "telling 370,000 residents to be out by 5 p.m. Saturday".
    "|telling|ordering|asking"
    # ... and who is engaged to do it: "has hired Salomon Brothers Inc. to find a buyer by June".
    "|hired|retained|commissioned"
    # ... and who is reminded of it: "organizers remind diners to set their clocks ahead Saturday
    # night".
    "|remind|reminds|reminded|reminding"
    # ... and who is pressured to do it: "Washington pressured Kyiv to accept a freeze by the summer"
    # (not "pressed" or "pushed": "The crowd pushed forward to see the parade on Sunday").
    "|pressured|pressuring"
)
#: A security named by its maturity: "the bond due in 2005", "notes due 2010".
_SECURITY_DUE = re.compile(
    r"\b(?:bonds?|notes?|debentures?|securities|paper|bills?|debt|loans?|issue)\s+due\s+(?:in\s+)?(?:[0-9]{4}|'[0-9]{2})\b",
    re.IGNORECASE,
)
#: The verbs of a forecast told in the present: future cues before a noun phrase.
_FORECAST_VERBS = "expects?|anticipates?|forecasts?|predicts?|plans?|planning"
#: Month and weekday names written out, capitalised: "May", not the short forms of three letters
#: ("Sun", "Wed" and "Mar" are words too).
_WRITTEN_OUT = tuple(
    name.capitalize() for name in (*en.MONTHS, *en.WEEKDAYS) if len(name) > 3 or name == "may"
)
_WRITTEN_OUT_MONTHS = tuple(name for name in _WRITTEN_OUT if name.lower() in en.MONTHS)
_FUTURE_PHRASES = re.compile(
    # (The look-ahead names the first letters of the phrases below: most words of a text fail it
    # at once, before the alternatives are tried one by one. Keep it in step with them.)
    r"\b(?=[WwSs'iaptdehrubBEcCPRmMvfoAFIJjTnNHlLUDg])"
    # (Not "was to have begun on Nov. 3": a plan that events overtook, its day gone by.)
    # ("Obama was also to meet his generals on Thursday": an adverb between.)
    # ("He's not going to wait until the fall", "isn't expected to": a future denied is a future.)
    # ("led Standard & Poor's to downgrade": a name's "'s", no "is"; only a pronoun's.)
    # (Not the noun: "His will was signed on 3 October", "the general's will to fight".)
    # ("Smith's will be the last vote": an elided noun's verb.)
    r"(?:(?<!\b[Hh]is\s)(?<!\b[Hh]er\s)(?<!\b[Tt]heir\s)(?<!\b[Ii]ts\s)(?<!\b[Tt]he\s)(?<!\ba\s)(?<!\bown\s)(?<!['’]s\s)"
    r"(?<!\bpopular\s)(?<!\bpolitical\s)(?<!\bfree\s)(?<!\bgood\s)[Ww]ill"
    r"|[Ww]ill(?=\s+(?:be|have|not|also|still|never)\b)|[Ss]hall|'ll|[Ww]on't|(?:is|are|was|were|am|'re|'m"
    r"|'s(?:(?<=\bhe's)|(?<=\bHe's)|(?<=\bshe's)|(?<=\bShe's)|(?<=\bit's)|(?<=\bIt's)|(?<=\bthat's)"
    r"|(?<=\bThat's)|(?<=\bwho's)|(?<=\bthere's)|(?<=\bThere's)|(?<=\bwhat's)|(?<=\bWhat's))"
    r"|isn't|aren't|wasn't|weren't) "
    r"(?:also |still |now |not )?"
    # ("was due to heavy rains": because of, no plan.)
    r"(?:to(?! have\b)|due to"
    r"(?! (?:the|a|an|heavy|high|low|strong|weak|poor|bad|rising|falling|lower|higher|"
    r"increased|reduced|concerns?|fears?|lack|its|their|his|her|this|that)\b)|set to|going to|"
    # ("is eligible to make his debut on Saturday": what one may do is still to come.)
    r"(?<!was )(?<!were )(?:eligible|available|cleared) to(?= [a-z])|"
    # (Not "was supposed to": a plan whose day may have gone by.)
    r"expected to|scheduled to|slated to|(?<!was )(?<!were )supposed to|likely to|poised to)|"
    r"(?:is|are|am) about to|"
    # A push for what is still to come: "They are pressing for a meeting on Monday".
    r"(?:is|are|'re) (?:pressing|pushing|lobbying|angling|clamou?ring) for(?= )|"
    # ... and an election stood in: "Dinkins, who is seeking a second term in November".
    r"(?:is|are|'re) (?:seeking|running|campaigning|standing) (?:for )?(?:[\w'’-]+ ){0,4}?"
    r"(?=in (?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b)|"
    # An occasion made ready for: "Retailers were preparing for Friday", "Investors are bracing
    # for Friday's report".
    r"(?:is|are|was|were|'re) (?:preparing|bracing|gearing up) for(?= )|"
    # ... and braced for: "Retailers braced for the start of the holiday season on Friday".
    r"(?:braced|braces) for(?= )|"
    # What is wanted by a day: "The leadership wants a vote on the plan by Friday".
    r"(?:wants|want|hopes|hope) (?=(?:a|an|the|more)\b)|"
    # A broadcast's imperative of what is to come: "Look for 6 to 10 inches by Tuesday
    # morning", "Remember to set your clocks back before you go to bed Saturday night".
    r"(?<![\w'])(?-i:Look) for(?= )|(?<![\w'])(?-i:Remember) to(?= )|"
    # ... and a plan told in a list of a body's decisions: "— Agreed to hold budget workshops,
    # beginning in September".
    r"(?<![\w'])(?:Agreed|Decided|Planned|Promised|Pledged|Intended) to(?= [a-z])|"
    # ... and what must be done: "They've got to get the funds rate down to 6% by spring".
    r"(?:'ve|'s|have|has) got to(?= [a-z])|"
    # ... and a forecast's call: "The forecast calls for the river to crest on Wednesday".
    # ("The outlook, issued Thursday, calls for a wet summer": after its aside, a verb too.)
    r"c(?:(?<=\bforecast c)|(?<=\boutlook c)|(?<=\bforecasts c)|(?<=\bmodels c)|(?<=, c))alls? for(?= )|"
    # ... and a suggestion of what to do: "Let's see where things are by Wednesday".
    r"(?<![\w'])(?-i:Let)(?:['’]s| us)(?= )|"
    # ... and a listing's order with its deadline: "Register by Friday at 555-0142".
    r"(?<![\w'])(?-i:Register|Apply|RSVP|Enroll|Submit|Sign up"
    # ... and an advisory's orders: "Evacuate by Saturday evening", "Expect delays until Monday".
    r"|Evacuate|Prepare|Expect|Stay|Avoid|Arrive|Check|Call|Move|Park)(?=[^.;:!?\n]{0,40}\b(?:by|before|until)\b)|"
    # ... and the day's figures it announces: "On Thursday we get the report on housing starts".
    r"(?<![\w'])[Ww]e get(?= (?:the|a|an|our|more|new)\b)|"
    # ... and what is expected, a decision: 'said he expected a vote "by the end of the month"'.
    r"expect(?:s|ed|ing)? (?=(?:a|an) (?:final |quick |swift |formal )?(?:vote|decision|ruling|verdict|deal|"
    r"agreement|announcement|settlement|resolution|answer|summit|meeting|visit|trip|conference|election)\b)|"
    # ... and an occasion planned: "Mr. Brady said he planned a trip to Tokyo in April".
    r"(?:planned|plans|planning|arranged|scheduled) (?=(?:a|an) (?:[\w-]+ )?(?:trip|visit|tour|summit|meeting"
    r"|conference|vote|rally|ceremony|celebration)\b)|"
    # ... and a course of action a stance backs, in a gerund, with its deadline: "Several members
    # favored slowing the purchases by midyear", "proposed cutting the rate by June" (not "backed
    # raising the dividend in March", which may be when it was backed).
    r"(?:favou?red|favou?rs|supported|supports|backed|backs|advocated|advocates|proposed|proposes|"
    r"recommended|recommends|endorsed|endorses) "
    r"(?=(?-i:[a-z]{2,}ing)\b[^.;:!?]{0,60}?\b(?:by|until|before)\b)|"
    # ... and a course one is bound to or weighs, in a gerund: "have committed to running it
    # through the end of the winter", "was considering selling cookies for Christmas".
    r"(?:committed|commits?) to (?=(?-i:[a-z]{2,}ing)\b)|"
    # ... or means to: "has no intention of staying on as president beyond the spring".
    r"(?:has|have|had) (?:no |every |any )?intention of (?=(?-i:[a-z]{2,}ing)\b)|"
    r"(?:is|are|was|were) considering (?=(?-i:[a-z]{2,}ing)\b)|"
    rf"(?:{_PAST_PLAN_VERBS}|plans?|planning|intends?|aims?|hopes?|expects?|wants?|seeks?|prepares?|"
    # (Not a preposition's "to" left at the end of its clause: "the pact agreed to in October".)
    # ("postponed twice since it was first scheduled to open in April": the first plan, gone by.)
    # (Not an adjective of a kind of event: "The jet underwent a scheduled inspection on March 3".)
    # (Nor a noun's "to" of whom it is put to: "laid out a restructuring plan to creditors in June".)
    r"preparing|set|ready) to(?! (?:in|on|at|by|last|earlier)\b)"
    r"(?!(?<=\bplan to) (?:creditors|shareholders|investors|lawmakers|voters|members|regulators"
    r"|the|its|their)\b)"
    r"|(?<!\bfirst )(?<!\ba )(?<!\ban )(?<!\bregularly )scheduled|upcoming|"
    # ... and what a clock counts down to: "With the clock ticking down to midnight Friday".
    r"(?:ticking|counting)\s+down\s+to|countdown\s+to|"
    # ... and a season one heads into: "Heating oil rose, a bad sign heading into the fall".
    r"(?:heading|going)\s+into(?=\s+(?:the\s+)?(?:fall|autumn|winter|spring|summer|holidays?|weekend)\b)|"
    # ... and an appointment one has: "The team has a game on Sunday", "Negotiators have a Monday
    # deadline" (not "had", gone by).
    r"(?:has|have)\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+)?(?:game|match|meeting|deadline|vote|hearing"
    r"|appointment|race|session|final|semifinal|concert|show|flight|summit)\b|"
    # ... and what a noun says is on its way: "The company had great stuff coming in the fall",
    # "more layoffs coming next year" (not "since coming to power in 1979", nor a verb's "was
    # coming", which tells its own time).
    r"(?<=[a-z]\s)(?<!\bsince\s)(?<!\bafter\s)(?<!\bbefore\s)(?<!\bupon\s)(?<!\bon\s)(?<!\bwas\s)"
    r"(?<!\bwere\s)(?<!\bby\s)(?<!\bfrom\s)(?<!\bwhen\s)(?<!\bwhile\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bkeep\s)"
    r"(?<!\bkept\s)(?<!\bkeeps\s)coming(?=\s+(?:in|this|next|later)\s)|"
    # (With the verb it governs: "The cuts due to start on Friday are a big risk" is the start's.)
    r"due"
    r"(?: to (?!(?:the|a|an|his|her|its|their|this|that|heavy|high|low|lack|concerns?|fears?)\b)"
    r"[a-z]+(?= ))?|"
    # What had to be done by a day is ahead of the saying: "said the bridge needed to be rebuilt by
    # September", "has to leave by Monday".
    r"(?:needs?|needed|ha(?:s|ve)) to (?:[\w'’-]+ ){1,4}?(?=(?:by|before) )|"
    # ... and what someone was told or asked to do by a time: "Banks were told to repay the loans by
    # June" (not "Fans were asked to leave the stadium on Sunday", a day of the asking).
    # ... and what people have been told to do: "U.S. citizens have been told to stay home on
    # Saturday" (the telling is done; what it asks is still to come).
    # (Not since a day: "38,000 people have been ordered to evacuate since Tuesday" began then.)
    r"(?:has|have) been (?:told|asked|ordered|instructed|urged|advised|directed) to(?= [a-z])"
    r"(?! [a-z]+ since\b)|"
    # ("was ordered to report to the U.S. Marshals Service by 9 a.m. Friday".)
    r"(?:was|were|been) (?:told|asked|ordered|instructed|urged|directed) to [a-z]+ "
    r"(?:[\w'’.-]+ ){0,6}?(?=(?:by|before) )|"
    # ... and what a vote set to come: "Parliament voted to hold elections on May 25" (not "voted
    # to leave the EU in Thursday's referendum", the vote's own day).
    # ("voted 5-0 to extend the contract for another three years, starting July 1": with its tally.)
    r"voted (?:[0-9]+-[0-9]+ )?to (?:hold|call|stage|schedule|set|delay|postpone|extend|send|put|move)\b|"
    # ... and what is to be had done by then: "hoped to have the fire contained by Friday".
    # (Not an amount after "by": "expect payrolls to have risen by 150,000".)
    r"(?<=\bto )have (?:[\w'’-]+ ){0,3}?[a-z]+(?:ed|en)"
    r"(?= (?:by|before) (?![0-9$£€]|about\b|some\b|nearly\b|more\b))|"
    # A programme's plug: "Coming up on Monday's program", "Join us for our Monday morning report".
    r"[Cc]oming up|[Jj]oin us|[Tt]une in|[Ss]tay tuned|[Ss]tay with(?= (?:us|(?-i:[A-Z])))|"
    # A present outlook denied up to a time: "I do not see a turnaround until the spring".
    # ("I don't see that ending before the spring".)
    r"(?:do|does)(?: not|n't) (?:see|foresee|expect|anticipate)(?=[^.;!?]{1,60}\b(?:until|till|before)\b)|"
    # ... and one reported of what is still to come: "aid workers said they expected as many again
    # over the weekend".
    r"expected(?:(?<=\bsaid\sthey\sexpected)|(?<=\bsaid\she\sexpected)|(?<=\bsaid\sshe\sexpected)"
    r"|(?<=\bsaid\swe\sexpected))(?= (?:as many|as much|more|another|further)\b)|"
    # A forecast in the present: "officials anticipate a decision in October".
    # (Not the pluperfect's: "Economists had forecast an October rise" of the month now reported.)
    # ("began planning the reunion in the spring": the planning, done.)
    rf"(?<!\bhad )(?<!\bbegan )(?<!\bstarted )(?:{_FORECAST_VERBS})"
    # ('the company expects "a modest improvement" in the fourth quarter': its words quoted.)
    r"(?= [\"“]?(?:a|an|the|more|further|higher|lower)\b)|"
    # ... and what has been promised: "Ministers have promised a fresh statement before the Budget
    # in the autumn".
    r"(?:promised(?:(?<=\bhave\spromised)|(?<=\bhas\spromised))|pledged(?:(?<=\bhave\spledged)|(?<=\bhas\spledged)))"
    r"(?= (?:a|an|the|new|more|fresh|further)\b)|"
    # ... and what is seen ahead: "The IMF sees a recovery in the second half of the year",
    # "expect the data to show the economy shrank, and see only a weak recovery".
    r"(?:(?<![\w'])sees|(?<=\band )see)(?= (?:a|an|the|only|more|further|higher|lower|little|no)\b)|"
    # ... and "expect" before any noun ("forecasters expect rain on Sunday"), which "forecast",
    # a past tense and a participle too ("snow was forecast for Tuesday"), cannot have.
    # ("AAA expects 34.8 million Americans to travel over the holiday weekend".)
    # ("The Patriots expect Brady to start Sunday's game": a name, and what it is to do.)
    # ('expects "continued growth" in the fourth quarter': its words quoted.)
    # ... and in the past, of a turn still to come: "but expected a recovery in the fourth quarter".
    r"(?<!\bhad )(?<!\bhave )(?<!\bhas )(?<!\bwas )(?<!\bwere )(?<!\bthan )(?<!\bas )"
    r"expected(?= (?:a|an)\s+(?:[\w-]+\s+)?(?:recovery|rebound|pickup|upturn|turnaround|improvement)\b)|"
    # (Not what is expected to have been done: "Economists expect payrolls to have risen by 150,000
    # last month, after a gain in September".)
    r"(?:[Ee]xpects?|anticipates?)(?![^.;:!?]{0,40}?\bto\s+have\s+(?-i:[a-z]+(?:ed|en)|been|risen|fallen|grown))"
    r"(?= [\"“]?(?!to\b|that\b)"
    r"(?:[a-z0-9]|(?-i:[A-Z])[\w'’.-]*(?: (?-i:[A-Z])[\w'’.-]*){0,2} to\b))|"
    # ... and what a noun is "expected" at: "reforms after elections expected in April".
    # ("hired fewer workers than expected in July": the expectation's measure, no plan.)
    r"(?<=[a-z] )(?<!\bas )(?<!\bthan )(?<!\bhad )(?<!\bhas )(?<!\bhave )(?<!\bwas )(?<!\bwere )"
    r"(?<!\bbeen )(?<!\bbe )"
    r"expected(?= (?:in|on|by|next|later|early|late|around|before)\b)|"
    # A date fixed for a hearing or a vote, in any tense: "sentencing was set for June 24".
    # ("A hearing has been listed for June 30", "The appeal was fixed for Monday": a court's list.)
    r"(?:is|are|was|were|been|be) (?:\w+ly )?(?:set|slated|listed|fixed) for|"
    # ... and what is planned before a day: "no legislation was planned before the August recess".
    # ("a free concert was planned there for the weekend": where, before when.)
    r"(?:is|are|was|were|been|be) (?:\w+ly )?planned (?:there |here )?(?:for|before)(?= the)|"
    # An order or a request is for what is still to be done when it is given: "ordered residents
    # to leave by Saturday", "urged voters to turn out on Tuesday" (not "told police he went to
    # the store on Friday": a place, after "to the").
    # ("Forecasters expected Irma to reach Florida early Sunday": what was to come.)
    # (Not the pluperfect's, told of what has come by now: "Economists had expected the economy to
    # slow in the fourth quarter", "had been ordered to leave by Saturday".)
    # ... and a demand that it be done: "have demanded that he give up the chairmanship by Memorial
    # Day" (the subjunctive after "that").
    r"(?<!\bhad )(?:demanded|demands|insisted|insists) that (?:[\w'’.-]+ ){1,3}?"
    r"(?=(?-i:[a-z]+) (?:up|down|out|back|over|the|a|an|his|her|their|its|by|before)\b)|"
    # ("The agreement calls for the investors to begin a tender offer by Monday".)
    rf"(?<!\bhad )(?<!\bhad been )(?:{_DIRECTIVE_VERBS}|call(?:s|ed)? on|calls for) "
    # ("has ordered all but emergency staff to leave Tunisia by Monday", "telling 370,000
    # residents to be out by 5 p.m. Saturday".)
    # ("urged everyone aged 6 months and older to get vaccinated by March".)
    # ("ordered Steven Lareau, 52, to report to prison by Jan. 10": an age set off by commas.)
    r"(?:(?!to\b)(?:[\w'’.-]|(?<=[0-9]),(?=[0-9]))+,? ){1,6}?"
    # ("ordered a halt to operations on 12 August": a noun after "to", no verb to do.)
    # ("boats were ordered back to port on Friday evening": where to, no verb.)
    r"(?<!\bback )to (?!(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those)\b)"
    r"(?![a-z]+(?:tions?|ments?|ities|ances?|ences?|ships?|ness)\b)[a-z]+|"
    # ... and an order where to be by a deadline: "ordered striking teachers in a suburban school
    # district back to their classrooms by Monday".
    r"(?<!\bhad )(?<!\bhad been )(?:ordered|orders|ordering|told|directed) (?:[\w'’.-]+ ){1,8}?(?:back|home)"
    r"(?: to (?:[\w'’-]+ ){1,3}?| )(?=(?:by|before) )|"
    # ... and a warning against what is still to come: "warned Americans against travel to Russia
    # during the first days of January".
    r"(?<!\bhad )(?:warned|warns) (?:[\w'’.-]+ ){0,4}?against (?:all )?"
    r"(?:travel|travelling|traveling|trips?|visits?|flying|flights) (?:[\w'’.-]+ ){0,5}?"
    r"(?=(?:in|on|during|over|at|before|until|by|through) )|"
    # A demand or a promise of what is to be done by a day: "demanded a vote by Friday",
    # "promised hearings through the spring".
    # ("with preliminary results expected by Wednesday".)
    # ("said they expected 25,000 people there by the weekend": a figure among the words.)
    # (Not the passive's agent: "$9 billion promised by Japan on Jan. 24".)
    r"(?:demand(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|expected) (?:[\w'’,-]+ ){0,4}?"
    r"(?=(?:by(?! (?-i:[A-Z]))|until|till|through|before) )|"
    # ... and a span it goes on to, after a first one: "said he expected glitches over the next
    # several weeks, and possibly through the first quarter".
    r"expected (?:[\w'’-]+ ){1,6}?(?:weeks|months|days|years), and (?:possibly |perhaps |probably )?"
    r"(?=(?:through|until|into) )|"
    # ... and an event promised or demanded for a time: "Iliescu promised free elections in April"
    # (not "promised reporters on Monday" nor "demanded a vote on Friday", when it was asked).
    r"(?:demand(?:s|ed|ing)?|promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)) (?:[\w'’-]+ ){0,2}?"
    r"(?:elections?|votes?|referend(?:um|a)|polls|talks|reforms?|decisions?|answers?|hearings?|inquiry"
    r"|investigations?|withdrawal|pullout|release|changes|legislation|bill|budget) (?=(?:in|for|within) )|"
    # ... and a forecast or a wish of what is to come: "The agency forecast rain for Thursday",
    # "Brady predicted a recovery by midyear", "said he wanted a vote before Easter".
    r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhad )(?:forecast|predicted|wanted|wants) (?:[\w'’-]+ ){1,5}?"
    # ("Forecasters predicted relief by the weekend"; "wants a bill on his desk by the end of June".)
    r"(?=(?:for|by|before) (?:the (?:end|middle|start|beginning) of )?(?:the |early |mid-|late )?"
    # ("said they wanted the posts secure well before winter": a season too.)
    r"(?-i:[A-Z][a-z]+day|weekend|mid-?year|Easter|Christmas|winter|spring|summer|autumn|fall|"
    + "|".join(_WRITTEN_OUT_MONTHS)
    + r")\b)|"
    # ... and what was predicted "in" a season or a month: "Economists predicted a recovery in the
    # spring" (not "wanted him in June", gone by, nor a noun's "cut its profit forecast for the
    # year in July").
    r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhad )predicted (?:[\w'’-]+ ){1,3}?"
    r"(?=in (?:the |early |mid-|late )?(?-i:winter|spring|summer|autumn|fall|"
    + "|".join(_WRITTEN_OUT_MONTHS)
    + r")\b)|"
    # ... and the weather a forecast gives a day, told in the past: "Forecasters predicted snow on
    # Tuesday night", "Officials said Monday they expected snow on Wednesday".
    r"(?<!\bhad )(?:forecast|predicted|expected) "
    r"(?:(?:heavy|more|light|scattered|freezing|strong|high|record) )?"
    r"(?:snow|rain|snowfall|rainfall|storms?|showers|thunderstorms|sleet|hail|frost|fog|winds|gales|flooding"
    r"|highs|lows)(?= (?:on|for|by|late|early|overnight|through|into|until) )|"
    # ... and the crowds it gives a day: "Officials expected a million visitors on Saturday", "The
    # mayor expected heavy traffic over the weekend".
    r"(?<!\bhad )(?:forecast|predicted|expected) (?:[\w'’,.-]+ ){0,4}?"
    r"(?:visitors|crowds?|traffic|delays|protesters|demonstrators|turnout|spectators|travell?ers|shoppers)"
    r"(?= (?:on|for|over|during|at) )|"
    # ... and what is promised for a month: "The company promised a report in July", "has
    # promised a pay rise from April".
    # (Not the noun after its article: "broke a pledge the party made in June".)
    r"(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
    # ("Farmers threatened fresh action in November": what is threatened is to come.)
    r"(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|threaten(?:s|ed|ing)?) "
    # (Not whom it was promised to: "the reforms he promised the International Monetary Fund in
    # October".)
    r"(?:an?|the|its|their|new|more|fresh|further) (?!(?-i:[A-Z]))(?:[\w'’-]+ ){0,3}?"
    rf"(?=(?:in|from) (?:early |mid-|late )?(?:{'|'.join(_WRITTEN_OUT_MONTHS)})\b)|"
    # An aside of what is still to be done: "The report, to be released on Wednesday, says".
    r"(?<=, to )be \w+(?= )|"
    # ... and a date set for one, as its noun's adjective: "The judge set a Jan. 18 trial date".
    r"set (?:a|an|the|new) (?=(?-i:[A-Z])[a-z]{2,8}\.? [0-9]{1,2} "
    r"(?:trial|execution|hearing|sentencing|court|release|election|vote|start|deadline)\b)|"
    # ... and by whoever fixed it: "a judge set his case for trial in June".
    r"set (?:[\w'’-]+ ){1,3}?for (?:trial|retrial|sentencing|(?:a |the )?(?:hearing|vote|runoff|run-off))\b|"
    # ... and the event set for a day: "The judge set a hearing on the plan for Friday".
    r"set (?:a|an|the|its|new) (?:[\w-]+ )?(?:hearing|trial|vote|deadline|date|meeting|election|sentencing)"
    r"(?: [\w'’-]+){0,4}? for(?= )|"
    # ... and one an event is planned for, told in the present: "a vigil is planned for 7 p.m. Tuesday".
    # ("A march is planned in Paris for Saturday".)
    r"(?:is|are) (?:\w+ly )?planned (?:in (?:[A-Z][\w'’-]* ){1,2})?for|"
    # A call for what is to happen: "The Brotherhood called for protests on Friday" (past for
    # what comes before it, as an order is).
    # (An event called for, not a call made that day: "called for calm on Tuesday night".)
    # ("have called for a huge rally on Wednesday".)
    # ("calling for demonstrations after Friday prayers".)
    r"call(?:s|ed|ing) (?=for (?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:protests?|strikes?|elections?|rall(?:y|ies)|march(?:es)?"
    r"|demonstrations?|votes?|referend(?:um|ums|a)|talks|meetings?|boycotts?|days?|sit-ins?|walkouts?"
    r"|shutdowns?|vigils?|prayers|polls|sessions?|summits?|hearings?|ceasefires?|truces?|negotiations"
    r"|conferences?|congress|convention|mourning)\b)|"
    # A condition on a deadline is of what is to come: "If no deal is reached by Thursday",
    # "authorized force unless Iraq withdraws from Kuwait by Jan. 15".
    r"(?<![\w-])(?:[Ii]f|[Uu]nless) "
    r"(?:(?!\b(?:had|was|were|did)\b)[^.;:!?,]){0,60}?(?=\b(?:by|before|until) )|"
    r"as soon as|"
    # What a step leads to: "nominated him on Tuesday, setting up a vote on Wednesday", "paving
    # the way for talks in March".
    r"setting up (?=(?:a|an|the|final|possible|another|further|new) )|"
    r"pav(?:es|ed|ing) the way for|(?:set|sets|setting) the stage for|clear(?:s|ed|ing) the way for|"
    # ... and a course weighed: "the state considered waiting until after New Year's".
    r"(?:considered|weighed|discussed|debated|contemplated) (?=(?-i:[a-z]+ing)\b)|"
    # A possibility is of what is to come: "Watches could be posted on Saturday", "the vote could
    # come Friday" (not "could not be reached Friday", "could be located Wednesday": gone by).
    # ("Sales could be weaker in the second half", "the law could not take effect Jan. 1".)
    # ("Exports could fall much further in the second half": a forecast of a figure.)
    r"could (?=(?:not )?(?:come|begin|start|happen|take place|take effect|resume|arrive|face|decide|rule|"
    r"rise|fall|drop|climb|grow|shrink|slow|improve|worsen|decline|increase|rebound|recover|"
    # ("sales could double by the end of the decade".)
    r"double|triple|reach|exceed|surpass|"
    r"be (?:held|posted|issued|announced|released|ready|over|finished|completed|back|called|lifted|extended"
    r"|worse|better|more|less|(?-i:[a-z]{2,}er)"
    # ... and a forecast's weather: "there could be showers on Monday".
    r"|showers|rain|snow|storms|thunderstorms|sleet|frost|fog|gales|flooding|delays|disruption))\b)|"
    # What a market or a public waits for: "Everybody is waiting for Friday", "Attention is
    # turning to Friday's employment report", "awaits Friday's ruling".
    r"(?:is|are|am|'s|'re) (?:\w+ly )?(?:waiting|looking ahead|turning) (?=(?:for|to)\b)|"
    r"(?:[Aa]ttention|[Ff]ocus) (?:now )?turns (?=to\b)|awaits?|awaiting|"
    # Deadlines and requests, as emails and to-do lists write them: "deadline: EOD Friday",
    # "COB Thursday", "end of day Friday", "please reply by Monday", "reminder: dentist Friday".
    # (Not "deadline" alone: news tells of deadlines gone by as often as of coming ones.)
    r"EOD|COB|[Ee]nd of (?:business|day)(?= \w+day\b)|[Pp]lease|[Rr]eminder|"
    # An invitation is to a coming event: "has invited him to the celebration (September 3)".
    r"invit(?:ed|es?|ing)|"
    # A forecast's odds: "storms are likely Thursday afternoon", "snow is possible on Friday".
    r"(?:is|are|'s(?:(?<=\bhe's)|(?<=\bHe's)|(?<=\bshe's)|(?<=\bShe's)|(?<=\bit's)|(?<=\bIt's))) (?:not )?"
    r"(?:expected|forecast|predicted|likely|possible)|"
    # An event there is on a day: "There's a dinner on Saturday night", "there is a vote Tuesday".
    r"[Tt]here(?: is| are|'s) (?:a|an|another) (?:[\w-]+ ){0,2}?(?:dinner|lunch|breakfast|meeting|vote"
    r"|hearing|rally|party|game|match|service|ceremony|briefing|summit|reception|concert|parade|debate"
    r"|session|event|conference|memorial|vigil|march|protest|deadline)s?\b|"
    # ... and the forecasters' own: "Forecasters are predicting rain for Thursday".
    r"(?:is|are) (?:predicting|forecasting|calling for)|"
    # ... and the odds a forecast gives: "there is a chance of scattered storms over the weekend".
    r"(?:is|are) (?:a |an |some |little |no )?(?:(?:slight|small|good|high|low) )?"
    r"(?:chance|threat|risk|possibility|likelihood) of|"
    # ... and a forecast's odds, given in any tense: "Forecasters gave a 60 percent chance of
    # acceptable weather on Monday afternoon".
    r"(?<=[0-9] )percent chance of(?= )|"
    # ... and told after a past verb of saying: "warned that more rain was expected over the
    # weekend" (the time it was expected for is the forecast's, still to come).
    # So is a return: "Suharto was expected home Friday", "was expected back in Jakarta on Friday".
    r"(?:was|were) (?:expected|forecast|predicted)"
    r"(?= (?:over|through|later|this|next|home|back|tonight|tomorrow|"
    # ("A vote was expected late Tuesday or Wednesday", "was expected on Wednesday".)
    r"late|early|on (?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    # ... and at its hour: "A vote was expected at 5 p.m. Wednesday".
    r"(?:at |around |about )?(?:[0-9]{1,2}(?::[0-9]{2})?\s?[ap]\.?m\.?|noon|midnight)"
    r"(?:\s+[A-Z]{2,4})?\s+(?:on\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
    # ... and where and when, as forecasts say it: "More rain was expected in the region on Friday".
    # ("A final vote was expected in the House on Wednesday".)
    r"| in the (?:region|area|city|north|south|east|west|capital|(?-i:House|Senate))\b"
    # ... and a visitor in a place by name on a day: "The king was expected in Santiago on Friday".
    # ("Heavy rain was expected in southern China Monday": a region of it, the day without "on".)
    r"| in (?:(?:northern|southern|eastern|western|central|north|south|east|west) )?"
    r"(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)? (?:on )?"
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    # ... and a forecast of what was to come, told in the past: "Irma was forecast to reach
    # Florida on Sunday".
    r"(?:was|were) (?:forecast|predicted|projected) to|"
    # ... and the odds told of it: "A review was unlikely before the summer".
    r"(?:was|were|appeared|seemed) (?:not )?(?:un)?likely(?= (?:before|until|till|by|soon|late|early|"
    # ("Aides said the vote appeared likely Wednesday".)
    r"(?:on )?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)|"
    # A dividend declared is paid on a day to come: "payable Jan. 4 to holders of record Dec. 21".
    r"payable|"
    # A weather forecast's: "The forecast for the weekend: rain on Saturday", "two inches (are)
    # possible by Thursday afternoon".
    # (Only a heading's "The forecast for ...:", not "cut its forecast for the year in July".)
    # (The noun with its "for", so that the filter of a forecast's verb after an article, "The
    # forecast for Tuesday was wrong", does not take it for one.)
    r"forecast for(?= [^.:;!?]{1,40}:)|"
    # What forecasts are of is still to come: "Traders cited forecasts of dry weather over the
    # weekend".
    r"forecasts of(?= )|"
    # What is asked to be done, in the subjunctive: "has asked that the meeting be held in January",
    # "suggested the talks be moved to Monday".
    r"(?:asked|requested|proposed|suggested|urged|demanded|recommended|insisted) (?:that )?"
    r"(?:[\w'’-]+ ){1,4}?be (?=(?-i:[a-z]+ed|held)\b)|"
    # ... and what one faces or is still deciding: "Papandreou faces a confidence vote in
    # parliament on Friday", "had not decided whether to hold a news conference before Friday".
    r"faces? (?:a|an|the) (?:[\w-]+ ){0,2}?(?:vote|trial|election|runoff|ballot|hearing|deadline)\b|"
    # ... and a place won in a match still to come: "to give the host nation a place in Sunday's
    # World Cup final".
    r"(?:place|spot|berth|ticket)s? in(?= (?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\b)|"
    # ... and a day a timetable's "when" clause goes on to: "Traders are focusing on Friday, when
    # the Labor Department reports on jobs".
    r"(?<=, )when (?:the |a |its )?(?:[\w'’.&-]+ ){0,4}?(?-i:reports|releases|publishes|meets|votes|announces"
    r"|holds|issues|opens|begins|starts)(?= )|"
    # ... and the time that remains before a day: "with less than four weeks remaining before
    # Election Day".
    # (Not "left", a verb as often: "The troops left before winter came".)
    r"remaining\s+(?:before|until)(?= )|"
    # ... and what is forecast: "snow is in the forecast for Chicago on Sunday".
    r"in the forecast for(?= )|"
    # ... and what is unlikely before it comes: "consumers are unlikely to resume spending until the
    # spring".
    r"(?:is|are|'re) (?:still )?unlikely to(?= [a-z])|"
    # ... and a condition in the present: "And if there is no vote over the weekend?"
    r"if there (?:is|are)(?= )|"
    r"whether to (?=[^.;:!?]{0,60}\b(?:before|by|until)\b)|"
    # ... and what follows an election still to be won: "would repeal the law if elected in
    # November".
    r"if (?:re-?)?elected(?= )|"
    # ... and what is not ruled out, or not to come before a time: "did not rule out fresh walkouts
    # in the autumn", "meant no further cuts before the end of the year".
    # (Not "ruled out", the ruling's day: "On Monday night he ruled out a return to the polls".)
    r"rul(?:e|es|ing) out(?= )|"
    # ("no new talks were planned before the spring".)
    r"[Nn]o (?:further|more|new|additional) (?:[\w'’-]+ ){0,4}?(?=(?:before|until|till) )|"
    # ... and an arrangement in the present progressive, its weekday after it: "NASA is targeting
    # Thursday for the launch", "Apple is releasing the phones on Friday" (not "are questioning a man
    # arrested Sunday", a participle's day; nor "Police are searching the area on Tuesday", a
    # search under way since).
    r"(?:is|are) (?:targeting|releasing|launching|unveiling|introducing|hosting|holding|staging|opening"
    r"|debuting|premiering|airing|publishing|presenting|scheduling|planning)"
    r"(?=(?: (?!(?:[a-z]+ed|from|since|after|until|till|through|before|during|over|of|last|this|past)\b)"
    r"[\w'’-]+){0,5} (?:on )?(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!['’]))|"
    # ... and a timetable's present with its object, before its weekday: "The city closes the bridge
    # Friday", "The company holds its annual meeting Tuesday".
    r"(?<![\w'])(?:closes|opens|reopens|hosts|holds|launches|unveils|begins|starts|resumes"
    # ("The party announces its new leader on Saturday".)
    r"|announces|publishes|releases)"
    r"(?= (?:the|a|an|its|their|his|her) (?:[\w'’-]+ ){0,3}?(?:on )?"
    r"(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!['’]))|"
    # ... and a run's start with its plural: '"Blue Heart" begins previews Tuesday'.
    r"(?<![\w'])(?:begins|starts|opens|resumes)"
    r"(?= (?-i:[a-z]+s) (?:on )?(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?!['’]))|"
    # ... and a start told ahead of its clause: "Starting Friday, more than 80 of them will hang".
    r"(?<![\w'])(?-i:Starting|Beginning)(?= (?:on )?(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|"
    # ... and what one is focused on: '"Right now we're focused on Saturday"'.
    r"(?:is|are|'re|am|'m) (?:focused|focusing|concentrating) on(?= )|"
    # ... and an outlook's day: "The weather outlook for Monday afternoon calls for clouds".
    r"outlook for(?= )|"
    # ... and a forecast's, the noun, told in the present: "The forecast for Saturday calls for
    # snow" (not "The forecast for Tuesday was wrong").
    r"f(?:(?<=\bthe f)|(?<=\bThe f)|(?<=\ba f)|(?<=\bA f)|(?<='s f)|(?<=’s f))orecasts? for"
    r"(?= [^.;:!?]{1,40}?\b(?:calls|call|is|are|shows|show|includes|include|looks|remains|has|have)\b)|"
    # ... and a launch a craft is cleared or readied for: "cleared Atlantis for launch Monday".
    r"for (?:launch|liftoff|lift-off|takeoff)"
    r"(?= (?:on )?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    # ... and what a show or a flight is made for: "bought a 30-minute program to air Tuesday".
    r"(?:program|special|flight|episode) to (?:air|run|screen|depart|leave|open|launch)(?= (?:on )?"
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
    # ... and a subjunctive's base verb: "asked that the recount begin by Wednesday".
    r"(?:asked|requested|proposed|suggested|urged|demanded|recommended|insisted) that (?:[\w'’-]+ ){1,3}?"
    r"(?:begin|start|resume|end|stop|halt|remain|continue|proceed|open|close|meet|vote|return|leave)(?= )|"
    # ... and a warning's day: "A yellow warning for wind has been issued for Friday".
    r"(?:issued|posted|declared) for(?= (?:the )?(?:(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|weekend)\b)|"
    r"(?<!\bwas )(?<!\bwere )possible(?= (?:by|on|through|until|tonight|tomorrow|later|this|next|from)\b)|"
    # A warning is of what is to come: "Heathrow has warned of queues at border control on Friday
    # and Saturday" (past for what comes before it, as an order is).
    r"warn(?:s|ed) (?=of\b)|"
    # Plans and preparations are for what is to come: "no reason to change plans for Sunday",
    # "are preparing for a ministerial meeting in early December".
    # (Only "plans for" a day: "set aside vacation plans for the trip" tells of no date.)
    r"plans (?=for (?:next |this )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|"
    r"April|June|July|August|September|October|November|December)\b)|"
    r"(?:is|are) (?:\w+ly )?preparing (?=for\b)|"
    # ... and in the simple present, or looked ahead to, or queued for: "As the theater world
    # prepares for the Tony Awards on Sunday night", "Both parties look ahead to the primary on
    # Tuesday", "Fans are lining up for the concert on Saturday".
    r"(?<!\bhad )(?:prepares (?=for\b)|looks? ahead (?=to\b)|(?:lines|line|lining) up (?=for\b))|"
    # A hope is of what is to come: "said he hoped for a decision in September".
    # (Not the pluperfect's hope, gone by: "Investors had hoped for a new phone in June".)
    r"(?<!\bhad )hop(?:es|ed|ing) for(?= )|"
    # A forecast of a quarter's figures: "Cascade forecast fourth-quarter revenue of $7 billion".
    r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?:forecasts?|predicts?|predicted|projects?|projected) "
    r"(?=(?:first|second|third|fourth|1st|2nd|3rd|4th)-(?:quarter|half)\b)|"
    # ... and what one would (not) foretell for a quarter: "He declined to predict results for the
    # fourth quarter".
    r"(?<=\bto )(?:predict|forecast|project|estimate) (?:[a-z]+ )?for "
    r"(?=the (?:first|second|third|fourth) quarter\b)|"
    # ("should" as "is expected to": "talks should conclude by the weekend"; not "should have".)
    # ("would have" before a participle is a past that did not happen, "would have won"; before
    # a noun it owns what is to come: "would have enough vaccine by May".)
    # ("I'd wait until the second half": "would" written short, before a verb's bare form; not "I'd
    # seen it", "had".)
    r"(?<=[A-Za-z])['’]d (?!(?:been|had|got|gotten|done|gone|seen|known|made|left|come|become|said|told)\b)"
    r"(?!(?-i:[a-z]+(?:ed|en))\b)(?-i:[a-z]{2,})\b|"
    r"(?:[Ww]ould|[Ss]hould|may|might|[Cc]an) (?!not\b)(?!have\s+(?:[a-z]+(?:ed|en)|been|had|done|gone|made|"
    r"won|lost|met|paid|held|kept|sold|told|put|run|cut|set|let|hit|spent|sent|built|brought|bought|caught|fought|"
    r"thought|found|begun|come|become|left|got|said|seen|known|given|taken|heard|felt|stood|led|read|"
    r"written|spoken|driven|chosen|flown|grown|shown|drawn|fallen|risen|gotten)\b|have\s*[,.;:!?]|have\Z)\w+|"
    # "could" as a forecast ("the storm could hit the coast on Tuesday"); not a past ability
    # ("could be located Wednesday", "could not attend"); "could be" before a state that is
    # still to come is one ("a vaccine could be ready by the end of the year").
    # "would not be restored until Sunday": what is not to happen before a coming day (not
    # "would not say on Monday", a refusal told in the past).
    # ("would not hold rallies in the affected states until Thursday at the earliest".)
    # ("wouldn't begin large auctions until the spring": the contraction too.)
    # ("should not wait until Wednesday night to leave".)
    r"(?:[Ww]ould|[Ss]hould|[Mm]ay|[Mm]ight)(?: not|n't|n’t) (?:be )?\w+(?: [\w'’-]+){0,6}?"
    r"(?= (?:until|till|before)\b)|"
    # ... and what one would not do on a coming day or in a coming month ("said he would not play
    # on Tuesday", "would not run in mid-November", "would not require jurors to work on
    # Saturday"), not a
    # refusal to speak, told in the past ("would not say on Monday whether ...").
    r"[Ww]ould not (?!(?:say|comment|confirm|deny|disclose|elaborate|discuss|reveal|specify|speculate|"
    # ("would not remain past Friday without an agreement".)
    r"identify|name|give|be)\b)\w+(?: (?!(?:on|in|during|past|beyond)\b)[\w'’-]+){0,4}?"
    r"(?= (?:on|in|during|past|beyond)\b)|"
    # "We cannot wait until Friday", "can't attend Tuesday's hearing": what is not possible now
    # is not possible still to come (unlike "could not", a past ability, or "would not say").
    r"[Cc]an(?:not|'t|’t| not) (?!have\b)\w+|"
    # An obligation is still to be met: "must return with a new plan by Monday" (not "must have").
    r"[Mm]ust (?!have\b|not\s+have\b)\w+|"
    # ... and a likelihood told after a past verb of saying: "said no deal was likely before the
    # session in November".
    # ("Forecasters said more rain was possible Wednesday night.")
    # ("storms were possible across Kansas on Wednesday": where, then when.)
    r"(?:was|were) (?:not )?(?:likely|possible)(?= (?:(?:across|over|throughout) (?:[\w'’-]+ ){1,4}?)?"
    # ("rainfall totals of 10 to 15 inches were possible through the weekend".)
    r"(?:before|by|until|through|into|in|on|next|this|later|tonight|tomorrow|"
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b)|"
    # ... and what was (un)likely to happen: "said the refugees were unlikely to return before the
    # autumn".
    r"(?:was|were) (?:not )?(?:un)?likely to(?! have\b)|"
    # ... and what looked likely: "The plan looked likely to pass in September".
    r"(?:appeared|seemed|looked) (?:un)?likely to(?! have\b)|"
    # (Not past an adverb before "be": "Gunfire could still be heard at 10 p.m. on Thursday".)
    r"[Cc]ould (?!have\b|not\b|be\b|(?:still|also|only|even|just|clearly|easily|no\s+longer)\s+be\b)\w+|"
    r"[Cc]ould be (?:ready|available|over|back|in place)|"
    # ... and somewhere by a coming time: "troops could be in the region by the end of the month".
    r"[Cc]ould be (?:in|at|inside|home)\b(?=[^,.;:]{1,40}? by\b)|"
    # ... and before a deadline: "the recount could be finished by Thursday", "there could be up to
    # 10,000 new cases a week by December".
    # ... and the day itself it could be before something comes: "it could be Wednesday evening
    # before schedules return to normal" (the cue closes before the day).
    # ("it could be the weekend before power was restored".)
    r"[Cc]ould be(?= (?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: [a-z]+)?"
    r"|the weekend|next week|the end of (?:the|this|next) (?:week|month|year)) (?:before|until)\b)|"
    r"[Cc]ould be (?:\w+|(?:[\w,'’-]+ ){1,8}?[\w'’-]+)(?= (?:by|before|until|as early as|as soon as)\b)|"
    # ("effective immediately": now, nothing to come.)
    # ("said last week that the commitments lapse Dec. 31".)
    # ("options expiring in October": what expires is still to run.)
    r"expires?|expiring(?= (?:in|on|at)\b)|lapses?|effective(?! immediately))\b"
)
#: The deadline shorthand an expression may open with ("EOD Friday", "the end of day Friday").
_DEADLINE_OPENING = re.compile(r"(?:[Tt]he )?(?:EOD|[Ee]nd of day)\b")
#: A deadline moved or granted runs "until" a coming day: "extended its offer until Tuesday",
#: "postponed the vote until Monday", "has until Friday to reply" (not "had until", "lasted until").
#: Found from the rare "until" backwards, so the verbs are not tried at every position of a text.
_UNTIL = re.compile(r"\b(?:until|till|through)\b", re.IGNORECASE)
#: A time after "until", "till" or "through", in the words of its phrase: a number, a name, or a
#: word of time ("until his trial in May", "through the weekend").
_TIME_AFTER_UNTIL = re.compile(
    r"[^.;:!?,\"“”]{0,40}?\b(?:[0-9]|(?-i:[A-Z])|(?:noon|midnight|mid|tomorrow|tonight|today|weekend|week|month"
    r"|year|end|summer|winter|spring|fall|autumn|election|holidays?|season|new|middle|beginning|start|close"
    r"|morning|afternoon|evening|night|dawn|dusk|daybreak|nightfall|sunset|sunrise|then|now|fiscal|decade"
    r"|century|quarter|half|later|further|trial|hearing|vote)\b)",
    re.IGNORECASE,
)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:(?:extend(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|"
    # ... and a ban imposed up to it: "a ban on rallies that a court had imposed through Jan. 7".
    r"impos(?:es|ed|ing)|"
    # Games or flights called off up to a day: "canceled all games through Jan. 4".
    r"cancel(?:s|ed|led|ing)?|suspend(?:s|ed|ing)?|"
    # ... and what is shut up to it: "The State Department has closed its missions through the
    # weekend" (not a market's close: "the index closed higher through Friday" is no deadline).
    r"(?:has|have|had|will|to|been)\s+(?:clos(?:e|ed)|shut)(?!\s+(?:up|down|higher|lower|at|flat|unchanged)\b)|"
    r"adjourn(?:s|ed|ing)?|give[sn]?|gave|giving|"
    # Custody or bail runs to a coming day: "remanded in custody until Monday", "bailed until April".
    r"remand(?:s|ed)?|bail(?:s|ed)?|"
    # ... and what a law keeps going to a day: "Congress raised the debt ceiling until Feb. 7",
    # "funded the government until Jan. 15".
    # ("reached a deal to raise the debt ceiling until Feb. 7".)
    r"(?:rais(?:e|ed|es|ing)|lift(?:s|ed|ing)?|extend(?:s|ed|ing)?|suspend(?:s|ed|ing)?)\s+the\s+(?:debt\s+)?"
    r"(?:ceiling|limit|cap)|fund(?:s|ed|ing)?|financ(?:es|ed|ing)|"
    # ... and what is ordered shut or kept so: "Schools were ordered closed until Sunday".
    # ("Albright ordered the embassy closed until Monday".)
    r"(?:ordered|kept)\s+(?:(?:the|its|their|all)\s+[\w'’-]+\s+)?(?:closed|shut|open|suspended)|"
    # ... and flags flown low: "ordered flags flown at half-staff through Sunday".
    # ("ordered flags at federal buildings flown at half-staff through Wednesday".)
    r"(?:ordered|ordering|orders)\s+(?:all\s+|the\s+)?flags\s+(?:[\w'’-]+\s+){0,4}?"
    # ... or the flags' state alone: "ordered flags at half staff through Monday".
    r"(?:flown|lowered|to\s+fly|to\s+be\s+(?:flown|lowered)|at\s+half[- ](?:staff|mast)\b)|"
    # ... and a forecast up to it: "Meteorologists predicted more rain ... through Thursday".
    r"(?:predict|forecast)(?:s|ed|ing)?|"
    # ... and what is put off to it: "The House put off until at least Friday its debate".
    r"put\s+off|push(?:es|ed|ing)?\s+back|"
    # ... and a warning or a curfew issued to hold up to it: "issued flood warnings for 14
    # counties through Saturday".
    r"issu(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:warnings?|watch(?:es)?|alerts?|advisor(?:y|ies)|curfews?|bans?)|"
    # A state in the present lasts to a coming day: "the warning remains in place until Friday".
    # (Not the noun: "searched the remains of their homes after a tornado tore through town".)
    # ("The discounts apply through Sept. 15, the airline said".)
    # ("Merkel, who holds the EU's rotating presidency until June 30".)
    r"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )remains?|stays?|runs|lasts|continues|holds|"
    # ("a red warning, in force from midnight Sunday until 23:59 on Tuesday".)
    r"apply|applies|(?:is|are) in (?:place|force|effect)|(?<=, )in (?:place|force|effect)|"
    # ... and who is left in an office up to it: "leaving Badri in place until the end of the year".
    r"(?:leav(?:e|es|ing)|keep(?:s|ing)?|kept|left)\s+(?:[\w'’-]+\s+){1,3}?in\s+(?:place|power|office|charge)|"
    # ... and a waiting in the present progressive: "The auto companies are sitting on their hands
    # until at least the spring", "Buyers are staying away until the summer".
    r"(?:is|are)\s+(?:sitting|holding|staying|waiting|hanging)\b|"
    # ... and a bar in the present passive: "Insiders are barred from selling until early May".
    r"(?:is|are)\s+(?:\w+ly\s+)?(?:barred|banned|locked\s+up|prohibited|forbidden|frozen|blocked|restricted)|"
    # ... and what a budget or a permit allows up to it: "allows it to spend $4.35 million through
    # Dec. 31".
    # ("a measure which reopens the government through Jan. 15 and lets the Treasury borrow until
    # Feb. 7".)
    r"allows|permits|authorizes|authorises|lets|reopens|"
    # ... and what a stopgap funds or keeps going up to it: "passed a bill to keep the government
    # funded through early December", "funds agencies through Dec. 3".
    r"funds|funding|(?:keeps?|keeping|kept)\s+(?:[\w'’-]+\s+){0,3}?(?:funded|open|running|operating)|"
    # ... and what is issued to hold up to it: "issued a travel alert valid until August 1".
    r"valid|good)"
    # (... across an abbreviation's stop: "its tender offer for Wexford Corp. until midnight Friday".)
    # (... and a clock's: "issued a warning from 6 p.m. Thursday until noon Saturday".)
    r"(?:\s+(?:[\w'’,$%-]+(?:\.\d+)?|(?-i:[A-Z][a-z]{0,3})\.|[ap]\.m\.)){0,14}?"
    # ("Ashcombe has a 45-day "go-shop" period, until Jan. 7": a word in quotes too.)
    r"|(?P<has>has|have)(?:\s+[\w'’,\"“”-]+){0,6}?"
    # ... and a time one had, told in reported speech: "told MPs that the industry had until
    # Friday to act" (the deadline still to come when it was said).
    r"|\b(?:said|says|told|tells|warned|announced|added|stated)\b[^.;!?]{0,150}?\bhad)\s+\Z",
    re.IGNORECASE,
)
_DEADLINE_WINDOW = 200
#: A deadline's verb in the past: "issued", "extended", "gave".
_PAST_DEADLINE_VERB = re.compile(r"\b(?:[a-z]+ed|gave)\b", re.IGNORECASE)
#: The "from" of a span whose end a deadline sets: "a warning from 6 p.m. Thursday until".
_FROM_IN_SPAN = re.compile(r"\bfrom(?=\s)", re.IGNORECASE)
#: What a report tells of happens "ahead of" a day still to come: "ahead of Friday's vote" (the
#: day's own event; not "rose ahead of the Fed meeting on Wednesday", where the day may be the rise's).
#: (Each of the cues below opens with a literal or a space, which the engine scans for at C speed;
#: the words before it are checked on the rare matches.)
_AHEAD_OF = re.compile(
    r"head of (?=(?:(?:a|the) )?(?-i:[A-Z][a-z]+day)(?:['’]s\b| deadline\b)"
    # ... and the weekend's: "chose to square positions ahead of the weekend".
    r"|the (?:(?:long|holiday) )?weekend\b"
    # ... and a month's event: "rose ahead of the March policy meeting", "ahead of its June vote".
    r"|(?:(?:a|the|its|their) )?(?-i:" + "|".join(_WRITTEN_OUT_MONTHS) + r")(?:['’]s)?(?: [a-z-]+)?"
    r" (?:meeting|vote|election|summit|talks|hearing|deadline|referendum|conference|release)s?\b"
    # ... and an event, where and on what day: "ahead of talks in Geneva on Thursday".
    r"|(?:(?:a|the|its|their) )?(?:[a-z-]+ )?"
    r"(?:meeting|vote|election|summit|talks|hearing|referendum|conference)s?"
    r"(?: (?:in|at) (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)?)? on (?-i:[A-Z][a-z]+day)\b)"
)
#: A weekday that names a deadline a verb sets or faces lies ahead ("faces a Monday deadline",
#: "set a Friday deadline" for a deal), whatever the verb's tense: the cue is the article, nearer
#: the day than the verb. (Not one met or missed: "tendering 99% of the shares by the Tuesday
#: deadline" in a past report is gone by.)
_DEADLINE_DAY = re.compile(
    # ("setting a February deadline": a month's too.)
    r"(?<![A-Za-z])(?:an?|the) (?=(?-i:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December) deadlines?\b)"
    # ... and the deadline "of" (or "for") its day: "Barak faces a deadline of Sept. 13".
    # ("The target date of June 30 remains achievable".)
    r"|(?<![A-Za-z])(?:an?|the) (?:deadline|target date) (?:of|for|on|at) "
    # ("raced toward a deadline at midnight Saturday": its hour first.)
    r"(?=(?:mid-|early |late |the end of "
    r"|(?:noon|midnight|[0-9]{1,2}(?::[0-9]{2})?\s?[ap]\.?m\.?)\s+(?:on\s+)?)?"
    r"(?-i:[A-Z][a-z]+day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))",
    re.IGNORECASE,
)
_DEADLINE_WORD = re.compile(r"\bdeadlines?\b", re.IGNORECASE)
_DEADLINE_NOUN = re.compile(
    r"\b(?:deadlines?|date|trial|retrial|hearing|sentencing|execution|election|vote|start)\b", re.IGNORECASE
)
_DEADLINE_SET_BEFORE = re.compile(
    r"\b(?:faces?|faced|facing|set|sets|setting|gave|given|gives|giving|imposed?|imposes|imposing|"
    # ("Lawmakers in Cyprus are racing a Monday deadline".)
    r"approaching|approaches|looming|toward|towards|racing|races|raced\s+against|racing\s+against)\s+\Z",
    re.IGNORECASE,
)
_AHEAD_OF_BEFORE = re.compile(r"(?<![A-Za-z])[Aa]\Z")
#: A date an event is moved to lies ahead, whatever the tense of the move ("the match was
#: rescheduled for Wednesday", "the launch has been pushed back to June", "postponed to 14
#: December"); so does the day a warning is issued for ("issued a storm warning for Sunday") and
#: the day an election or a strike is called for ("called a snap election for 14 December"), at
#: its hour too ("issued a red flag warning until 6 p.m. Tuesday").
_MOVED_TO = re.compile(
    # (... and the day it is moved from, still to come too: "postponed from April to June".)
    # ("a trial date of Jan. 8 was set": the date an event is set for, "of" it.)
    r"\s(?P<prep>to|for|until|till|through|from(?=\s+\S+(?:\s+\S+)?\s+to\b)"
    # ("has called a strike from 6 p.m. on Friday until 6 a.m. on Monday".)
    r"|from(?=\s+\S+(?:\s+\S+){0,3}?\s+(?:until|till)\b)|(?<=\bdate\s)of)\s+(?=(?:[0-3]?[0-9](?:st|nd|rd|th)?\s+"
    r"|(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s?(?:[ap]\.m\.|[ap]m)|noon|midnight)\s+(?:on\s+)?)?(?-i:"
    + "|".join(_WRITTEN_OUT)
    # (Not a day's event: "a warning for Sunday's disorder" may be past.)
    + r")\b(?!['’]s)"
    # ... and a month written short: "called snap elections for Jan. 5".
    r"|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=\s?[0-9])|next\b"
    # ... and a season: "The trial was postponed to the fall".
    r"|(?:the\s+)?(?:spring|summer|fall|autumn|winter)\b)"
)
#: "had" and a few words before what was moved or warned of: "had received no ".
_HAD_WORDS_BEFORE = re.compile(
    # (Not what had been asked for, still to come: "had asked for a postponement until January".)
    r"\bhad\s+(?:not\s+)?(?!(?:asked|requested|sought|demanded|urged|pressed|called)\b)"
    r"(?-i:[a-z]+ed|got|had|heard|seen)\s+(?:[\w-]+\s+){0,2}\Z"
)
_MOVED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?:postpon(?:ed|es|e|ing)|delay(?:ed|s|ing)?|defer(?:red|s|ring)?|"
    # ("was moved up to Jan. 18", "The hearing was advanced to Jan. 9": brought forward.)
    # ("The airline cancelled its flights for June": what was called off was to come.)
    r"cancel(?:l?ed|s|l?ing)|suspend(?:ed|s|ing)|"
    # ("The court extended the deadline to Jan. 7".)
    r"extend(?:ed|s|ing)?|"
    r"reschedul(?:ed|es|e|ing)|mov(?:ed|es|e|ing)(?:\s+(?:up|forward|ahead))?|advanc(?:ed|es|e|ing)|push(?:ed|es|ing)?\s+(?:(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){1,2})?back|put\s+off|brought\s+forward|"
    # ... or set for: "the hearing, originally set for Thursday, was postponed".
    r"set|slated)"
    # ... with what is moved or set between: "moved the vote to Tuesday", "set a hearing for Tuesday".
    # ("Moved the first day of classes to Aug. 26": the day, and what it is of.)
    # ("postponed Halloween trick-or-treating to Saturday": a custom, with no article.)
    r"(?:\s+(?:(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}?|(?:[\w-]+\s+)?(?=(?:trick-or-treating|voting|"
    r"festivities|celebrations|classes|practice)\b))(?:vote|votes|hearing|meeting|trial|election|"
    r"referendum|runoff|summit|talks|deadline|sentencing|launch|game|match|race|start|date|opening|"
    r"debate|ceremony|auction|day|semester|session|exams?|graduation|parade|concert|festival|visit|trip"
    r"|flights?|services?|sailings?|shows?|games?|classes|trick-or-treating|voting|festivities|celebrations"
    # ("had moved the opening night to March 23".)
    r"|practice|opening\s+night|premiere|performances?)"
    r"(?:\s+of\s+(?:the\s+)?[a-z-]+)?)?|"
    r"warnings?|alerts?|advisor(?:y|ies)|watch(?:es)?|elections?|referendums?|polls?|strikes?|walkouts?|stoppages?|"
    # ... and a protest, a mourning or a truce called or declared for a day ("has called a rally
    # for Saturday", "a day of mourning was declared for Sunday"), or a room booked for it.
    r"rall(?:y|ies)|(?-i:march(?:es)?)|protests?|demonstrations?|vigils?|mourning|curfews?|ceasefires?|truces?|"
    # ... and talks called for it: "Yanukovich has called talks for Friday".
    r"talks|negotiations|"
    r"declared|booked|reserved|"
    # ... and a postponement asked for: "had asked for a postponement until next week or even until
    # January" (what is put off till then is still to come).
    r"postponements?|adjournments?"
    # ... and the day set for a trial or a hearing: "a trial date of Jan. 8 was set".
    r"|(?:trial|court|hearing|sentencing|arraignment)\s+date)\Z",
    re.IGNORECASE,
)
#: A verb that calls off what was to be, with its object, up to the "for" of the day it was for.
_CALLED_OFF_FOR_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:cancel(?:l?ed|s|l?ing)|call(?:ed|s|ing)\s+off|scrap(?:ped|s|ping)|suspend(?:ed|s|ing))"
    r"\s+(?:[\w'’.,-]+\s+){1,8}?\Z",
    re.IGNORECASE,
)
#: The time a figure has risen or fallen from has passed, whatever the clause's tense: "will
#: report a profit on Friday, up from a loss in the third quarter".
_RISEN_FROM = re.compile(
    # ("were expected to operate on Wednesday, up from less than half on Monday".)
    # ("expects to run its mills at 78% through December, compared with 91% in the first half".)
    r"\b(?:(?:up|down|unchanged)\s+from|compared\s+(?:with|to)(?=\s+[0-9$€£])"
    # ... and the figure a forecast follows: "expect a gain of 125,000 jobs, following a gain of
    # 209,000 in September".
    r"|(?:after|following)\s+an?\s+(?:[\w-]+\s+)?(?:gain|rise|increase|decline|drop|fall|loss|jump|dip|decrease|surge|"
    r"plunge|slump|rebound|spike)"
    # (A figure's comma or point is no clause's end: "from 7.3 percent", "of 209,000".)
    # ("down from 7.73% at the previous auction, on Oct. 24": its day set off by a comma.)
    # ("will show a gain after a surge in January and February": the event with no figure.)
    # ("down from an average of 238,000 from November through February", "down from a June
    # forecast of 1.9 percent": the figure's own months.)
    r"(?:\s+of)?)\s+(?:(?:[^.;:,()\n]|(?<=[0-9])[.,](?=[0-9])){0,40}?,?\s)?"
    r"(?P<prep>in|during|on|from|(?<=from\s)an?)\s+(?=the\s|(?-i:[A-Z])|[0-9])",
    re.IGNORECASE,
)
#: A verb of motion before "up from", "down from": a way come, no figure ("A clipper will drop
#: down from Canada on Saturday").
_MOTION_BEFORE = re.compile(
    r"\b(?:drop|mov|com|came|blow|blew|push|sweep|swept|head|drift|roll|fl[yi]|flew|flow|travel|sail|driv"
    r"|drove|march|walk|stream|pour|spread|slid|hik|trek)[a-z]*\s+\Z",
    re.IGNORECASE,
)
#: ... and one a figure is compared with right after "from": "unchanged from October", "up from
#: Friday" (its own time, gone by).
_RISEN_FROM_DATE = re.compile(
    r"\b(?:up|down|unchanged)\s+(?P<prep>from)\s+(?=(?:early\s+|mid-|late\s+)?(?-i:[A-Z])[a-z]+\b"
    # ... and a forecast a month names: "expects growth of 2.5 percent, down from its June projection".
    r"|(?:its|their|the|an?)\s+(?-i:" + "|".join(_WRITTEN_OUT_MONTHS) + r")\b)",
    re.IGNORECASE,
)
#: A modal and its verb: "will watch", "would see".
_MODAL_VERB_BEFORE = re.compile(
    r"\b(?:will|would|shall|'ll)\s+(?:\w+ly\s+)?(?!have\b|be\b)[a-z]+\b", re.IGNORECASE
)
#: A condition on a deadline told in reported speech, its verb shifted back: "said they would
#: cancel games if no agreement was reached by Monday" (the "If ... is reached by" of the speech,
#: which :data:`_FUTURE_PHRASES` reads; with "was" only after a "would": ``_WOULD_BEFORE``).
_BACKSHIFTED_CONDITION = re.compile(
    r"\b(?P<if>if) (?:(?!\bhad\b)[^.;:!?,]){0,40}?\b(?:was|were) [a-z]+ (?:[^.;:!?,]{0,20}?)"
    r"(?=\b(?:by|before|until) )"
)
_WOULD_BEFORE = re.compile(r"\bwould\b[^.;:!?]*\Z")
#: A peak or a record set at a time is gone by: "hold near its high of 7% reached in June".
_PEAK_REACHED_IN = re.compile(
    r"\b(?:high|low|peak|record|level)s?\b[^.;:!?]{0,40}?\b(?:reached|set|hit|touched|recorded|posted)\s+"
    r"(?P<prep>in|on)\s+(?=(?:early\s+|mid-|late\s+)?(?-i:[A-Z]))"
)
#: A price a day closed at is known, gone by: "a 34% premium over Cortland's closing price Friday".
_CLOSING_PRICE_OF_DAY = re.compile(
    r"\bclosing (?:price|level|value|quote)s? (?:on )?(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
#: A futures contract's month is still to come, or running: "oil for September delivery settled at
#: $98", "gold for December 2023 delivery".
_PENDING = re.compile(r"\bpending(?=\s+(?:a|an|the|his|her|their|its)\s)")
_DELIVERY_FOR = re.compile(
    r" (?P<prep>for) (?=(?-i:" + "|".join(_WRITTEN_OUT_MONTHS) + r")(?:\s+[0-9]{4})?\s+delivery\b)"
)
#: A weekday that opens its sentence as the subject of a present verb is a day still to come:
#: "Tuesday marks the 10th anniversary of the invasion", "Friday is the deadline for bids".
_WEEKDAY_SUBJECT = re.compile(
    # ... and of a modal's guess: "Monday could be another rough day".
    r"day (?P<verb>is|marks|sees|brings|(?:could|may|might|should)\s+(?:be|bring|see))\b"
)
_WEEKDAY_BEFORE = re.compile(r"(?<![A-Za-z])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)\Z")
#: A weekday's event as the subject of a timetable's present ("Sunday's celebration runs from noon
#: to 5 p.m.", "Saturday's game starts at 1"): the day is still to come (not "Saturday's win sends
#: the Wildcats on", no event of a timetable).
_WEEKDAY_EVENT_SUBJECT = re.compile(
    r"day['’]s (?:[a-z-]+ ){0,2}?(?:celebration|party|festival|game|match|concert|parade|ceremony|event|"
    r"service|meeting|race|show|fair|sale|rally|dinner|gala|tournament|session|open house|picnic|reunion)s? "
    r"(?P<verb>runs|starts|begins|opens|kicks off|features|includes|will)\b"
)
#: What is got ready or asked to for a weekday's event: "replied to invitations for Saturday's party".
_READY_FOR_WEEKDAYS = re.compile(
    r"\b(?:invitations?|tickets?|preparations?|rehearsals?|registrations?|reservations?|prepared|preparing|ready)"
    r" (?P<prep>for) (?=(?:this )?(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s\b)"
)
#: A forecast's line, with no verb, opens with the highs or the lows of a day to come: "Highs
#: Tuesday near 70.", "Lows Wednesday night in the upper 30s." (not "Highs Tuesday reached 81",
#: told of a day gone by: its verb decides).
_FORECAST_LINE = re.compile(
    r"(?<![\w-])(?-i:High|Low)s? (?=(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?: (?:morning|afternoon|evening|night))? (?:near|in|around|from|between|of|at|[0-9]))"
)
#: ... or tells the highs of days to come after the weather ("Hot and humid, with highs in the
#: mid-nineties Saturday and Sunday"), or gives a day's weather after its name and a colon
#: ("Saturday: sunny, with highs near 80").
_FORECAST_HIGHS_IN = re.compile(
    r"(?<![\w-])(?:highs?|lows?)\s+(?:(?:in|near|around)\s+the\s+(?:(?:low|mid|upper|high)[- ])?[a-z]+|"
    r"(?:near|around|of|in)\s+[0-9]{1,3}s?)\s+(?=(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)",
    re.IGNORECASE,
)
_WEEKDAY_WEATHER = re.compile(
    r"(?:^|\n)\s*(?=(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:night|morning|afternoon))?:\s+"
    r"(?:(?:mostly|partly|becoming)\s+)?(?:sunny|cloudy|clear|rain|showers|snow|windy|hot|cold|warm|cool|fair|"
    r"humid|dry|wet|overcast|foggy|stormy)\b)",
    re.IGNORECASE,
)
#: ... or with the weather to come: "Showers on Saturday, clearing by Sunday afternoon", "Snow
#: developing late Tuesday".
_FORECAST_WEATHER_WORDS = (
    "Showers", "Rain", "Snow", "Thunderstorms", "Storms", "Sunny", "Cloudy", "Partly", "Mostly", "Clear",
    "Windy", "Flurries", "Drizzle", "Fog", "Sleet",
)  # fmt: skip
_FORECAST_WEATHER_LINE = re.compile(
    # ("Clear" opens "Clearing" too.)
    r"(?<![\w-])(?-i:" + "|".join(_FORECAST_WEATHER_WORDS) + r")(?:ing)?\b(?: (?-i:[a-z]+)){0,3}? "
    r"(?:on|by|through|until|into|for|late|early|developing) "
    r"(?=(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
#: A verb in such a line's sentence, which then tells its own time: "Rain fell on Saturday", "Rain
#: on Sunday, forecasters said".
_VERB_IN = re.compile(r"\b(?:[a-z]+ed|fell|is|was|were|are|will|has|had|began|came|said|says)\b")
#: A forecast's odds without their verb: "Showers likely, mainly after 2 p.m.", "storms possible
#: Friday" (found from the odds, the weather checked before them).
_FORECAST_ODDS = re.compile(r" (?:likely|possible)\b")
#: A forecast's weather and what it does, in the present of forecasts ("Rain moves in Sunday
#: night", "Snow tapers off before dawn on Sunday", "Clouds move in overnight"), and its odds ("A
#: slight chance of thunderstorms late Sunday").
#: (The words the pattern needs, as the text may write them: "rain", "Rain".)
_WEATHER_WORDS = (
    "rain", "Rain", "snow", "Snow", "hower", "torm", "loud", "unshine", "kies", "emperature", "ighs",
    "lows", "Lows", "inds", "Fog", "fog", "lurries", "rizzle", "leet",
)  # fmt: skip
_WEATHER_TO_COME = re.compile(
    r"(?<![\w-])(?:rain|snow|showers|(?:thunder)?storms|clouds|sunshine|skies|temperatures|highs|lows|winds|fog|"
    r"flurries|drizzle|sleet)\s+(?P<verb>(?:moves?|tapers?|lingers?|arrives?|returns?|develops?|clears?|spreads?|"
    r"turns?|builds?|pushes?|ends?|picks?|rolls?|sweeps?|heads?)(?:\s+(?:in|off|up|out|through|back))?)\b"
    r"|\b(?P<verb_odds>chance)\s+of\s+(?:rain|snow|showers|(?:thunder)?storms|flurries|drizzle|sleet)\b",
    re.IGNORECASE,
)
_WEATHER_BEFORE = re.compile(
    r"(?<![\w-])(?:showers|(?:thunder)?storms|rain|snow|flurries|drizzle|sleet|fog|frost)\Z", re.IGNORECASE
)
#: A weekday's name, or its abbreviation with its full stop ("the vote is on Tues.").
_WEEKDAY_NAME = (
    "(?:(?:"
    + "|".join(name.capitalize() for name in en.WEEKDAYS if name.endswith("day"))
    + r")\b|(?:"
    + "|".join(name.capitalize() for name in en.WEEKDAYS if not name.endswith("day"))
    # ... or without it, opening a span of days written short ("the sale runs Fri-Sun").
    + r")(?:\.|(?=[-–](?:"
    + "|".join(en.SHORT_WEEKDAYS)
    + r")\b)))"
)
#: The short names of months, written before a full stop ("Feb.", "Sept.").
_SHORT_MONTH_NAMES = (
    "(?:" + "|".join(name.capitalize() for name in en.MONTHS if 3 <= len(name) < 5 and name != "may") + ")"
)
#: A decision dated between its verb and its infinitive plans what the infinitive says: "voted
#: Monday to hold elections on June 5", "agreed on Wednesday to meet again on Monday" (the day
#: it was taken on stays the verb's past; "agreed to" right before the verb is :data:`_PAST_PLAN`).
_DECIDED_ON_DAY_TO = re.compile(
    r"(?<![A-Za-z])(?:voted|agreed|decided|pledged|promised|vowed|resolved|planned|threatened|ruled|"
    # ("agreed in Moscow on Tuesday to convene a conference": a place between.)
    r"ordered|urged|asked|told)\s+(?:[0-9]+-[0-9]+\s+)?(?:in\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?\s+)?"
    r"(?:(?:on|in|at|late|early|earlier|last|this)\s+)?"
    rf"(?:{_WEEKDAY_NAME}|(?:{'|'.join(_WRITTEN_OUT_MONTHS)}|{_SHORT_MONTH_NAMES}\.)(?:\s+[0-9]{{1,2}})?|"
    r"week|month|year|yesterday|today|(?:the\s+)?weekend)(?:\s+(?:morning|afternoon|evening|night))?"
    r"\s+(?P<prep>to)\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]",
)
#: A day declared a holiday or a day of mourning is one still to come: "Clinton declared Sunday a
#: national day of mourning", "proclaimed Friday a public holiday".
_DECLARED_DAY = re.compile(
    rf"(?<![A-Za-z])(?P<verb>declared|proclaimed|designated|declares|proclaims)\s+(?={_WEEKDAY_NAME}\s+(?:an?|as)\s)"
    # ... and an occasion declared or called "for" a day: "declared a public holiday for Monday",
    # "announced a national day of prayer for Sunday", "called a general strike for Friday".
    # ("have called a meeting of their central committee for Saturday".)
    rf"|(?<![A-Za-z])(?P<for_verb>declared|proclaimed|announced|called)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,6}}?"
    rf"(?P<verb_for>for)\s+(?={_WEEKDAY_NAME}\b(?!['’]s))"
    # ... and in the passive, after the day: "Sunday was declared a national day of prayer".
    r"|(?:"
    + "|".join(rf"(?<={day.capitalize()}\s)" for day in en.WEEKDAYS if day.endswith("day"))
    + r")(?:was|has\s+been|had\s+been|will\s+be|is)\s+"
    r"(?P<verb_passive>declared|proclaimed|designated)\s+(?=(?:a|an|as)\s)"
)
#: A period opening on a weekday, said after what it is: "three days of national mourning,
#: beginning Wednesday", "new fares, effective Monday" (a day still to come).
_OPENING_ON_DAY = re.compile(
    rf",\s+(?P<verb>beginning|starting|effective)\s+(?:on\s+)?(?={_WEEKDAY_NAME}\b(?!['’]s))"
    # ... and a month a decision's measure begins in: "voted to trim the purchases by $10 billion,
    # beginning in January".
    r"|,\s+(?P<verb_month>beginning|starting|effective)\s+in\s+(?=(?-i:"
    + "|".join(_WRITTEN_OUT_MONTHS)
    + r")\b(?!['’]s))"
    # ... and, without the comma, a period declared or ordered, in any tense: "Kenyatta declared
    # three days of national mourning starting on Wednesday".
    # ("Shanghai ordered the closure of all poultry markets from Saturday".)
    # ("ordered a mandatory evacuation beginning at 6 a.m. Wednesday": a clock of the day between.)
    r"|(?<=[a-z])\s(?P<declared>beginning|starting|effective|from)\s+(?:on\s+)?(?="
    r"(?:at\s+[0-9][0-9:.]*\s*(?:[ap]\.?m\.?\s+)?(?:on\s+)?)?" + _WEEKDAY_NAME + r"\b(?!['’]s))"
)
#: A measure's start on a day of a month, after the measure's noun: "raises the gasoline tax starting
#: Jan. 1", "cut price supports beginning March 1" (not "Prices have risen steadily starting March 1").
_MEASURE_STARTING_DAY = re.compile(
    r"(?:[a-rt-z]s|\b(?:tax|law|ban|fee|rule|plan|cut|hike|increase|rate|fare|levy|toll|policy|program|charge"
    r"|surcharge))(?<!\bwas)(?<!\bhas)(?<!\bthis)"
    r"\s+(?P<cue>beginning|starting)(?=\s+(?:on\s+)?(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+[0-9])",
    re.IGNORECASE,
)
_DECLARED_BEFORE = re.compile(
    # ("ordered a mandatory evacuation of Dauphin Island and low-lying parts of Baldwin County
    # beginning at 6 a.m. Wednesday": a long object between.)
    # ("The leaders agreed on Thursday to a ceasefire in eastern Ukraine starting on Sunday": a
    # measure agreed or approved.)
    # ("Kenyatta said in an address, announcing three days of mourning starting Wednesday".)
    r"\b(?:declared|announced|ordered|imposed|proclaimed|called|agreed|approved|signed|brokered"
    r"|declaring|announcing|ordering|imposing|proclaiming)\b[^.;!?,]{0,100}\Z",
    re.IGNORECASE,
)
#: A decision told in the past, before the measure it takes: "voted to trim", "decided to raise".
_DECIDED_BEFORE = re.compile(
    r"\b(?:voted|decided|agreed|approved|announced|ordered|declared|pledged|promised)\s+"
    r"(?:on\s+\w+\s+)?to\b[^.;!?]{0,100}\Z",
    re.IGNORECASE,
)
_ORDERED_BEFORE = re.compile(
    r"\b(?:ordered|imposed|decreed|declared|proclaimed|banned|suspended|threatened\s+to|planned\s+to|agreed|signed)\b"
    r"[^.;!?,]{0,60}\Z",
    re.IGNORECASE,
)
#: A present, perfect or future verb earlier in the clause of such a period.
_NOT_PAST_CLAUSE_BEFORE = re.compile(
    r"\b(?:has|have|will|is|are|would|plans?|announces?)\b[^.;!?]*\Z", re.IGNORECASE
)
#: What was done since a time began, in a gerund: "since taking office on February 1" (gone by,
#: whatever the tense of the clause around it).
_SINCE_GERUND = re.compile(
    r"(?<![A-Za-z])since\s+(?P<verb>(?-i:[a-z]+ing)\b(?:[^.,;:()!?\n]{0,40}?\s(?:on|in))?)\s", re.IGNORECASE
)
#: A hurt or a loss told in a gerund after "after": "will miss seven weeks after injuring his knee
#: in Saturday's win", "after suffering a concussion on Tuesday" (gone by: what it caused lies
#: ahead; a planned step, "will decide after meeting his advisers on Friday", may not be).
_AFTER_HURT_GERUND = re.compile(
    r"(?<![A-Za-z])after\s+(?P<verb>(?-i:suffering|injuring|breaking|tearing|spraining|fracturing|hurting|straining|"
    r"pulling|dislocating|twisting|rupturing|aggravating|damaging|sustaining|bruising|re-injuring|reinjuring"
    # ... or a result: "faces a runoff on May 28 after falling just short of a majority in Sunday's first
    # round", "after winning Saturday's opener".
    r"|falling|failing|losing|winning|finishing|placing|trailing|undergoing)"
    r"\b(?:[^.,;:()!?\n]{0,50}?\s(?:on|in|during))?)\s",
    re.IGNORECASE,
)
#: A verb's particle right after it: " off", " up", " out".
_PARTICLE_AFTER = re.compile(r"\s+(?:off|up|out|down|over|away)\b")
#: A comma just before a word.
_COMMA_JUST_BEFORE = re.compile(r",\s\Z")
#: What was called off for a day, the day still to come: "School districts canceled classes for
#: Friday and Monday".
_CALLED_OFF_FOR = re.compile(
    # ("another 600 were already scrubbed for Wednesday", "announced closures for Wednesday".)
    r"\b(?:canceled|cancelled|called\s+off|postponed|suspended|closed|scrubbed|grounded|closures|cancellations)"
    r"\s+(?:[\w-]+\s+){0,2}?(?P<for>for)(?=\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)",
    re.IGNORECASE,
)
#: What a gauge or a sign showed, a figure: "the gauge at the Front Street bridge read 19 feet"
#: (a subject in the singular takes "reads" in the present: "read" is its past).
_GAUGE_READ = re.compile(
    r"\b(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,4}?(?-i:[a-z]+)(?<![sS])\s+(?P<verb>read)\s+(?=[0-9])",
    re.IGNORECASE,
)
#: A deed told in a gerund after a charge, a plea or a verdict: "denies murdering Stephen Ashworth,
#: 45, in the early hours of 9 February", "was convicted of killing a clerk on March 3", "admitted
#: stealing the car on Friday" (gone by, whatever the tense of the verb before it).
_CHARGED_GERUND = re.compile(
    r"(?<![A-Za-z])(?:den(?:y|ies|ied|ying)|admit(?:s|ted|ting)?|accused\s+of|charged\s+with|convicted\s+of"
    r"|guilty\s+(?:to|of)|acquitted\s+of|cleared\s+of|suspicion\s+of|suspected\s+of|jailed\s+for|arrested\s+for)"
    # (Not past the clause's own verb: "the trial of two clerks accused of cashing stolen tickets
    # resumes on Monday".)
    r"\s+(?P<verb>(?-i:[a-z]+ing)\b(?:(?:(?!\b(?:is|are|was|were|will|would|has|have|had|resumes?|resumed|"
    r"begins?|began|starts?|started|opens?|opened|continues?|continued|ends?|ended|goes|went|comes|came)\b)"
    r"[^.;:()!?\n]){0,60}?\s(?:on|in|at|during))?)\s",
    re.IGNORECASE,
)
#: A headline tells what is to come with "to" and its verb, without "is" ("Obama to visit Israel
#: on Wednesday"; the verbs are :data:`dateline.lexicon.en.HEADLINE_VERBS`): a line that opens with
#: a capital and has no sentence's stop before "to".
_HEADLINE_TO = re.compile(r"^(?-i:[A-Z])[^\n.!?:;]{0,90}?\s(?P<prep>to)\s(?P<verb>[a-z]+)\b", re.MULTILINE)
#: A timetable verb in the present simple just before a weekday or a day of a month tells what is
#: scheduled ("the two leaders meet separately Monday", "the trial opens on Tuesday"), like the
#: future.
_SCHEDULED_DAY = re.compile(
    # (Every alternative begins with a capital or a digit: the look-ahead turns the other words
    # away at once, before the names are tried one by one.)
    r"\b(?=[A-Z0-9])(?:"
    + _WEEKDAY_NAME
    # "Americans vote on Nov. 5", "parliament returns on 15 April".
    + r"|(?:"
    + "|".join(name.capitalize() for name in en.MONTHS)
    # ("take effect on January 1st".)
    + r")\.? [0-9]{1,2}(?:st|nd|rd|th)?\b"
    + r"|[0-9]{1,2} (?:"
    + "|".join(name.capitalize() for name in en.MONTHS)
    + r")\b"
    # ... and a month alone, "in" it: "the new terminal opens in late November" (see
    # _SCHEDULED_IN_MONTH).
    + r"|(?P<month>"
    + "|".join(name.capitalize() for name in en.MONTHS if len(name) > 3 or name == "may")
    + r")\b"
    + r")"
)
_SCHEDULED_VERB = (
    # (A pronoun's contraction too: "He's traveling to Asia on Saturday", "They're leaving Monday".)
    r"(?:(?<![A-Za-z'])|(?=['’](?:re|m)\s)|(?=['’]s\s)(?:(?<=\b[Hh]e)|(?<=\b[Ss]he)|(?<=\b[Ii]t)|(?<=\b[Ww]ho)))"
    r"(?P<verb>meets?|begins?|starts?"
    # ("Stores were open on Sunday", "Banks stayed open Saturday": a state gone by, no timetable.)
    r"|(?<!\bwere\s)(?<!\bwas\s)(?<!\bstayed\s)(?<!\bremained\s)(?<!\bkept\s)(?<!\bheld\s)(?:re)?opens?"
    r"|resumes?|returns?|leaves?|departs?|arrives?|travels?|"
    # ... and where it heads: "Voters head to the polls Tuesday".
    r"(?:heads?|go|goes)(?=\s+to\b)|"
    # A meeting with whom: "The president meets with his advisers Friday".
    r"meets?\s+with(?:\s+[\w'’.-]+){1,4}?|"
    # An office taken up, a skater's or a rider's turn: "Kim takes office in February", "Lipinski
    # skates Wednesday night".
    r"(?:takes?|leaves?)\s+office|(?:is|are)\s+sworn\s+in|skates?|"
    # A series or a show that goes on elsewhere: "the series moves to Los Angeles on Friday".
    # ("following similar moves in July": the noun, which goes nowhere.)
    r"moves(?=\s+(?:to|back|up|into|on)\b)|shifts(?=\s+to\b)|"
    # A house's recess: "before the Commons breaks for the summer on Friday".
    r"breaks(?=\s+for\b)|recesses|adjourns|"
    # A film, a show or a book that comes out: "the film hits theaters Friday", "the series
    # premieres Sunday", "the album comes out Friday", "opens in theaters Friday".
    r"hits\s+(?:theaters|theatres|cinemas|stores|shelves|screens)|premieres?|debuts?|comes?\s+out|"
    # ... and a product that ships: "He said the new version ships Feb. 17" (not the noun, "sank two
    # ships on May 4").
    r"(?:(?<=\bit\s)|(?<=version\s)|(?<=product\s)|(?<=game\s)|(?<=phone\s)|(?<=model\s)|(?<=update\s)"
    r"|(?<=device\s)|(?<=console\s)|(?<=software\s))ships|"
    # A match's start: "The final kicks off at 9 p.m. on Sunday".
    r"kicks?\s+off|tips?\s+off|"
    # A plan in the present progressive: "the team is leaving for Moscow on Monday".
    # ("Romney is headed to Virginia for a campaign stop Friday": where one is bound for.)
    r"(?:is|are|am|['’]s|['’]re|['’]m)\s+(?:leaving|travell?ing|flying|heading|headed(?=\s+(?:to|for|back|home)\b)"
    r"|returning|arriving|visiting|hosting|"
    # ("Her granddaughter is driving up from Hartford on Tuesday".)
    r"driving|sailing|coming|"
    r"meeting|opening|launching|releasing|unveiling"
    # ... and a protest or a contest on its day: "Rail workers are striking on Saturday".
    r"|striking|marching|protesting|rallying|competing|racing|performing"
    # ... and a race run: "The Governor is running for a third term in November".
    r"|running\s+for(?:\s+[\w'’-]+){1,4}?(?=\s+(?:in|on)\s)"
    # ... and what is held, with its object: "The company is holding a meeting on Friday".
    r"|holding\s+(?:a|an|the|its|their|his|her)(?:\s+[\w-]+){1,3}?)|"
    r"lands|"
    # A body's agenda and a storm's course: "The Senate takes up the bill Tuesday", "The storm
    # continues into Saturday".
    r"takes?\s+up(?:\s+(?:the|a|an|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?|continues\s+into|"
    # A fair's or a show's days: "The holiday market runs Saturday and Sunday" (not "hit two home
    # runs on Sunday", the noun).
    r"(?<!\bhome\s)(?<![0-9]\s)(?<!\btwo\s)(?<!\bthree\s)(?<!\bfour\s)(?<!\bfive\s)(?<!\bsix\s)(?<!\bseven\s)"
    r"(?<!\beight\s)(?<!\bnine\s)(?<!\bten\s)(?<!\bfew\s)(?<!\bmany\s)(?<!\bseveral\s)(?<!\bthe\s)"
    r"(?<!\bbank\s)(?<!\bdry\s)(?<!\btest\s)(?<!\bmore\s)runs|"
    # ... and a plural's: "Sessions run on Monday".
    r"(?<=[a-z]s\s)run|"
    # A programme's or a player's return: "We're back on Monday", "He is back Friday".
    r"(?:(?:we|they|you)(?:'re|\s+are)|I(?:'m|\s+am)|is|are)\s+back(?!\s+(?:in|to|from|at|up|down|home)\b)|"
    # ("passed the House by two votes on Thursday": a count of votes, no verb.)
    r"visits?|(?<![0-9] )(?<!\bby )(?<!\btwo )(?<!three )(?<!\bfour )(?<!\bfive )(?<!\bsix )(?<!\bten )"
    # ("A previous vote on February 2 was annulled": a noun, one gone by.)
    # ("certified Bush the winner of the electoral votes Sunday night": the noun.)
    r"(?<!\bprevious\s)(?<!\bearlier\s)(?<!\blast\s)(?<!\bfirst\s)(?<!\binitial\s)(?<!\belectoral\s)"
    r"(?<!\bpopular\s)(?<!\bthe\s)votes?|"
    # (The verb goes somewhere: "the president heads to Ohio on Friday"; not the noun, "babies
    # born with small heads in late October".)
    r"(?:re)?convenes?|hosts?|flies|fly|heads(?=\s+(?:to|for|into|back|home|off|out|abroad|overseas|north|south|east|west"
    # ("a stronger storm heads our way".)
    r"|our\s+way|this\s+way)\b)|"
    # A programme on the air: "the debate airs at 9 Eastern on Thursday".
    r"airs|(?:is|are)\s+(?:broadcast|televised|aired)|"
    # ... and a match or a race held on its day: "The men's final is played on Sunday afternoon".
    r"(?:is|are)\s+(?:played|staged|contested)|"
    # A round of a tournament: "The quarter-finals are played on Friday and Saturday".
    r"(?:is|are)\s+(?:played|staged|contested)|"
    # What goes before the public: "tickets go on sale Friday", "the suspect goes on trial Monday".
    r"go(?:es)?\s+on\s+(?:sale|trial|display|show|air|strike)|go(?:es)?\s+ahead|"
    r"go(?:es)?\s+into\s+(?:theaters|theatres|cinemas|effect|force|orbit|service)|goes|go|"
    r"ends?|closes?|concludes?|finishes|wraps up|continues?|runs out|"
    # A term's end: "Glenn, who retires in January", "the mandate expires on 30 June"; and its
    # start: "Italy takes over the EU presidency on Tuesday".
    r"retires|steps\s+down|expires|takes\s+over(?:\s+(?:the|a|an|its|their|his|her)(?:\s+[\w'’-]+){1,4}?(?=\s+on\s))?|"
    # ... and handed on: "Ireland hands over the EU presidency on Monday".
    r"hands\s+over(?:\s+(?:the|a|an|its|their|his|her)(?:\s+[\w'’-]+){1,4}?(?=\s+on\s))?|"
    # A chamber's break: "The Commons rises for the summer recess on Friday".
    r"(?:rises|breaks)\s+for\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:recess|holidays?|break)|"
    # What comes next in a release calendar: "Output figures follow on Wednesday".
    r"follows?(?=\s+on\s)|"
    # A hearing's witness or speaker: "Yellen testifies again on Thursday", "the pope speaks on Sunday".
    r"testif(?:y|ies)|speaks?|"
    # ... and a speech or a concert given: "Greenspan gives a speech in Berkeley on Friday".
    r"gives?\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+)?(?:speech|address|lecture|talk|concert|recital|"
    r"performance|briefing|news\s+conference|press\s+conference)|"
    # A rule's start: "the new rules apply from Monday".
    r"appl(?:y|ies)|"
    # An event's day: "the Oscars take place on Sunday", "the vote is held on Sunday".
    r"takes? place|(?:is|are) held|"
    # Results due: "the company reports third-quarter earnings after the bell Thursday".
    r"(?:reports?|releases?|publishes?)(?:\s+(?:its|their))?(?:\s+[\w-]+){0,2}\s+(?:results|earnings|figures|data|numbers|statistics|report|sales|"
    # ("The Labor Department reports jobless claims on Thursday".)
    r"claims|payrolls|inventories|estimates?|index)"
    # ("releases its first estimate of second-quarter gross domestic product on Thursday".)
    r"(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+on\s))?"
    r"(?:\s+(?:after|before)\s+the\s+(?:closing\s+|opening\s+)?(?:bell|close|open))?|"
    # A law's start: "the ban takes effect on Jan. 1", "the rules come into force on 1 April".
    r"takes? effect|comes? into (?:force|effect)|goes into effect|go into effect|"
    # A match: "the derby kicks off at 3pm on Saturday", "the tournament tips off Tuesday"; and a
    # parade: "The Holiday Parade steps off at 2 p.m. Sunday".
    r"kicks? off|tips? off|tees? off|steps? off|"
    # An election or a meeting held: "Iran holds a presidential election on Friday" ("holds
    # the record" names no event).
    r"(?:holds?|faces|facing|(?<=\bwho\s)face|(?<=\bwhom\s)face|(?<=\bthey\s)face)(?:\s+[\w'’-]+){0,3}?"
    r"\s+(?:elections?|re-?elections?|vote|referendum|polls|primary|runoff|run-off|summit|talks|"
    # ... and a meeting of a body: "the prime minister holds an emergency cabinet meeting Wednesday".
    r"meetings?|session|hearings?|rally|conference|ceremony|briefing|funeral|memorial|parade|debate|caucus(?:es)?)|"
    # A team's or a tour's stretch of dates: "The Red Sox open a six-game homestand Thursday".
    # ... and one closed: "The Fed ends its meeting on Tuesday".
    r"(?:opens?|begins?|starts?|launch(?:es)?|kicks?\s+off|ends|concludes|wraps\s+up)\s+(?:a|an|the|its|their|his|her)"
    r"(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:homestand|road\s+trip|series|season|tour|campaign|trip|visit|trial|hearings?|"
    # ... and a body's sitting: "The Legislature opens its session on Monday".
    # ("The party opens its 18th congress on Thursday".)
    r"session|term|inquiry|summit|conference|meeting|talks|congress|convention|plenum|exhibition|"
    # ... and a competition: "South Africa open the tournament on Saturday".
    # ("The court begins its summer recess Thursday", "They open the playoffs against the Rangers".)
    r"tournament|championships?|competition|cup|games|festival|recess|playoffs|"
    # ... and a title's defence: "The Broncos begin the defense of their Super Bowl title Monday".
    r"defen[cs]e|quest|pursuit)"
    # ... with what it is of: "Merkel begins a tour of rallies on Tuesday".
    r"(?:\s+of\s+(?:(?:the|their|its|his|her)\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
    r"(?:\s+against\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?|"
    # ... and a team's first game, at home: "Denver opens at home Sunday night".
    r"opens?\s+at\s+home|"
    # A birthday: "Elian turns 7 on Dec. 6".
    r"turns\s+[0-9]{1,3}|"
    # ... and a feast or an anniversary kept: "The country marks Independence Day on Friday".
    r"marks?\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?-i:Day)|anniversary)"
    r"(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+on\s))?|"
    # A team's game: "The Bulls play again Saturday night in Minnesota", "The Jets play host to
    # Miami on Sunday" (not the noun: "the play on Sunday").
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)"
    r"plays?(?:(?=\s+(?:again|away|at\s+home)\b)|\s+host\s+to\s+(?-i:[A-Z])[\w'’-]*"
    r"|\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})|"
    # A nomination taken up at a convention: "Gore accepts the nomination Thursday night".
    r"accepts\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+)?nomination|"
    # A test or a decision due: "the real test comes on Monday", "the verdict comes Friday".
    r"comes)"
    r"(?:\s+(?:\w+ly|again|here|there|nationwide|worldwide|abroad|overseas|in\s+full|in\s+earnest|as\s+usual|"
    r"as\s+normal)){0,2}"
)
_SCHEDULED_BEFORE = re.compile(
    _SCHEDULED_VERB
    # ... and which way: "Vos flies home to Winnipeg on Monday".
    # ("is driving up from Hartford on Tuesday".)
    + r"(?:\s+(?:home|back|out|abroad|overseas|up|down|over))?"
    # ... and what it ends or opens with: "The tournament ends with the final at the Maracana on
    # July 13".
    + r"(?:\s+with\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+)?(?-i:[a-z][\w'’-]*))?"
    # ... and where it comes back from: "The House returns from its recess on Monday".
    + r"(?:\s+from\s+(?:(?:its|the|their|his|her|a)\s+[a-z-]+"
    + r"|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?))?"
    # ... and the place it is bound for or held in: "he travels to Berlin on Thursday", "the
    # president arrives in Kabul on Friday", "voters go to the polls on Sunday".
    # ("Greenspan testifies before Congress on Wednesday", "the pope speaks at the Vatican".)
    # ("the film opens in theaters Friday", "the musical opens on Broadway Thursday".)
    + r"(?:\s+(?:to|in|before|at|for|on)\s+"
    # ... or what it is on or for: "Parliament votes on the budget on Friday".
    r"(?:(?<=on\s)(?:the|a|an|its|their|his|her)\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?-i:[a-z])[\w-]*(?=\s+on\s)|"
    # ... or a place named by a common noun: "Lawmakers return to the capitol on Tuesday".
    # ("an exhibition opens at the town library on Saturday": a noun and its modifier.)
    # (Not a clause of its own: "before the market opens on Tuesday".)
    r"(?<!on\s)(?:the|its|their|his|her)\s+(?:(?-i:[a-z])[\w-]*\s+(?-i:[a-z])[\w-]*(?<![^s]s)|(?-i:[a-z])[\w-]*)"
    # ("The Harvest Fair returns to the fairgrounds Friday".)
    # (The day itself stands where the search ends.)
    r"(?=\s+on\s|\s+\Z)|"
    # ... and with what it is of: "the tournament moves to the round of 16 on Thursday".
    r"(?<!on\s)(?:the|its|their)\s+(?-i:[a-z])[\w-]*\s+of\s+[\w-]+(?=\s+on\s)|"
    # ("South Koreans vote in local elections on Wednesday".)
    r"the\s+polls|(?:[a-z-]+\s+)?(?:elections|polls|primaries|referendum|runoff)(?=\s+on\s)"
    # ... or the place a common noun names without its article: "Students return to school
    # Tuesday", "Congress returns to work on Monday".
    r"|(?:school|class|classes|work|court|office|campus|practice|training|action)"
    r"|(?:the\s+)?(?:theaters|theatres|cinemas)|(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}"
    # ... and a second place: "travels to Ohio and Michigan on Friday".
    r"(?:\s+and\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?)?"
    # ... with its country: "the summit opens in Geneva, Switzerland, on Monday".
    r"(?:,\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?,)?))?"
    # ... and the hour it is at: "doors open at 6 p.m. on Saturday", "meets at noon Friday"; a
    # rule in force "from" a day starts then: "pubs close from Thursday".
    # ("Voting ends at sunset on Friday", "The curfew begins at nightfall on Monday".)
    r"(?:\s+at\s+(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s?(?:[ap]\.?m\.?)?|noon|midday|midnight|dawn|dusk|first\s+light"
    r"|daybreak|sunrise|sunup|sunset|sundown|nightfall"
    # ... or at a market's hour: "takes effect at the close of trading on Friday".
    r"|the\s+(?:close|end|start|opening|open)\s+of\s+(?:trading|business|the\s+(?:session|day))"
    r"|the\s+(?:close|opening\s+bell|closing\s+bell))"
    # ... in a zone: "the race starts at 13:00 local time on Sunday", and the hour elsewhere:
    # "starts at 11 a.m. local time (0300 GMT) on Sunday".
    r"(?:\s+(?:local\s+time|(?-i:[A-Z]{2,4}|Eastern|Central|Mountain|Pacific)))?(?:\s+\([^()]{1,24}\))?)?"
    # ("New curbs take effect starting Monday".)
    # ("The IMF holds its meeting over the weekend".)
    # ("The ministers meet late Friday": the day's late hours, their word in the expression.)
    r"\s+(?:on\s+|from\s+|over\s+|(?:starting|beginning)\s+(?:on\s+|from\s+)?)?(?:(?:late|early)\s+)?\Z",
    re.IGNORECASE,
)
#: The same verb before the clock time it happens at, in a sentence of its own: "Trading resumes
#: at 9:30 a.m.", "The President speaks at 8 p.m." (a timetable's present: today's or a day to
#: come, not a day gone by that the sentence before told).
_SCHEDULED_AT_CLOCK = re.compile(
    _SCHEDULED_VERB + r"(?:\s+(?-i:[a-z])[\w'’-]*){0,2}?\s+at\s+\Z",
    re.IGNORECASE,
)
_CLOCK_AHEAD = re.compile(
    r" at (?=(?:1[0-2]|0?[1-9])(?:[:.][0-5][0-9])?\s?(?:[ap]\.?m\b|o['’]clock)|noon\b|midnight\b)"
)
#: The same verb after a day that opens its sentence, with the verb's subject between: "On
#: Friday, the Commonwealth meets in London", "Next Tuesday the Senate votes on the bill".
_FRONTED_DAY_BEFORE = re.compile(
    r"(?:\A|[.!?]\s+|\n)(?:(?:Then|And|But|So|Also|Meanwhile|Meantime|Separately|Finally|Elsewhere),?\s+)?"
    # ... after a place set before it: "In the United States, Friday marks 50 years since".
    r"(?:In\s+(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3},\s+)?"
    r"(?:[Oo]n\s+|(?:Next|This|next|this)\s+)?\Z"
)
_SCHEDULED_AFTER_FRONTED_DAY = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:the\s+|an?\s+)?(?:(?:(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}?"
    # ... or a pronoun: "On Saturday he meets several thousand journalists".
    r"|(?-i:he|she|they|it|we)\s+"
    # ... or a common noun: "On Sunday the festival closes with a brass band concert".
    # ("Then on Monday a stronger storm heads our way".)
    r"|(?:(?<=the\s)|(?<=\ba\s)|(?<=\ban\s))(?-i:[a-z][\w'’-]*)\s+(?:(?-i:[a-z][\w'’-]*)\s+)?)"
    + _SCHEDULED_VERB
    + r"\b"
    # ... or what falls due: "On Thursday the February consumer price index is due".
    r"|(?:[\w'’.-]+\s+){1,5}?(?P<due>(?:is|are)\s+due)\b(?!\s+to\s+(?:the|a|an)\b))",
    re.IGNORECASE,
)
#: The same verb before a month it happens in: "the new terminal opens in late November", "the
#: Fed meets in June" (a past one would be "opened", "met").
_SCHEDULED_IN_MONTH = re.compile(
    _SCHEDULED_VERB + r"(?:\s+to\s+(?:(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?|the\s+polls))?"
    # ... and what it begins doing: "the feature begins shooting in September".
    r"(?:(?:(?<=begins)|(?<=begin)|(?<=starts)|(?<=start)|(?<=resumes)|(?<=resume))\s+(?-i:[a-z]+ing))?"
    r"\s+in\s+(?:(?:early|late)\s+|mid-\s?)?\Z",
    re.IGNORECASE,
)
#: A possessive day that names a fixture, an event on a timetable ("Saturday's game", "Sunday's
#: Grand Prix", "Tuesday's presidential runoff"): from the day's end.
FIXTURE_AFTER = re.compile(
    # ("at Monday's 11 a.m. ceremony": its hour between.)
    r"['’]s\s+(?:[\w.-]+\s+){0,2}?(?:games?|match(?:es)?|race|(?:semi-?|quarter-?)?finals?|finale|derby|fixture|tie|"
    r"bout|fight|vote|election|runoff|run-off|referendum|ballot|primary|caucus(?:es)?|summit|debate|"
    r"opener|clash|showdown|Grand Prix|marathon|trip|visit|Super Bowl|World Series|Cup|Open|Classic|"
    # ... and a stage of a tour: "the favourite for Tuesday's time trial".
    r"stage|time\s+trial|"
    # ... and an event's name in capitals: "for Sunday's London Marathon", "Saturday's FA Cup Final".
    r"Marathon|Derby|Final|Games|"
    # ... and a meeting on a calendar: "will attend Saturday's meeting", "at Thursday's summit".
    r"meeting|talks|session|conference|hearing|ceremony|parade|rally|concert|premiere|"
    # ... and a party: "replied to invitations for Saturday's party".
    r"party|celebration|festival|gala|reunion|picnic|"
    r"inauguration|funeral|memorial service|service|vigil|dedication|unveiling|sitting|negotiations|"
    # ... and a countdown's end: "training for Thursday's shuttle launch".
    r"launch|lift-?off|kick-?off|playoffs?|tournament)\b"
)
#: A timetable verb in the present before such a fixture tells what is scheduled, as before a bare
#: day: "Hamilton starts from pole in Sunday's race", "the Yankees play Boston in Friday's opener"
#: (not a caption's "celebrates after scoring in Saturday's game", told of what has happened).
_SCHEDULED_IN_BEFORE = re.compile(
    r"(?<![A-Za-z'])(?P<verb>starts?|begins?|plays?|faces?|meets?|races?|competes?|lines? up|takes? on|"
    # ... and a vote: "voters go to the polls in Sunday's election", "Americans vote in Tuesday's
    # midterms" (not "the vote in Sunday's election", a noun).
    r"go(?:es)?\s+to\s+the\s+polls|vote)"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:in|for)\s+\Z",
    re.IGNORECASE,
)
#: So does a plan for an event on a weekday, told in any tense: "planned a rally in the capital on
#: Saturday" (written on the Friday).
_PLANNED_BEFORE = re.compile(
    # ("Monks planned ceremonies for Friday morning": a plural object needs no article.)
    # (Not the noun: "the plan was recast. On 9 April ...".)
    r"(?<![A-Za-z'])(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bour\s)"
    r"(?P<verb>plans?|planned|planning) "
    # ("Amtrak plans extra service on Sunday and Monday".)
    r"(?:(?:an?|the|another|new|more|further|extra|additional|special|their|its|his|her) |(?=(?-i:[a-z]+s) ))"
    # ("plans a private memorial service at a church in New York on Friday", "planned a news
    # conference at 10 a.m. Tuesday"; within its sentence.)
    r"(?:(?:[\w'’-]|\.(?!\s))+\.?\s+){0,9}?(?:on\s+)?\Z"
    # ... and more of what is promised: "Organizers promised more protests this weekend" (not "promised
    # a review on Monday", which may be the day of the promise).
    r"|(?<![A-Za-z'])(?P<promise>promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|threaten(?:s|ed|ing)?)"
    r"\s+(?:more|further)\s+(?:[\w'’-]+\s+){0,3}?(?:on\s+)?\Z"
    # ... and a protest urged or called for: "Capriles urged a march on Wednesday", "called for
    # protests on Monday night".
    r"|(?<![A-Za-z'])(?P<urge>urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for)\s+(?:(?:a|an|new|more|mass|nationwide)\s+)?"
    r"(?:[\w'’-]+\s+)?(?:march(?:es)?|protests?|rall(?:y|ies)|strikes?|demonstrations?|boycotts?|vigils?)"
    r"\s+(?:on\s+)?\Z"
    # ... and what a trip's schedule holds: "Jiang's schedule also includes a visit to Novosibirsk
    # on Thursday".
    r"|\b(?:schedule|itinerary|agenda|program|programme)\s+(?:also\s+)?(?P<includes>includes|include)\s+"
    r"(?:[\w'’.-]+\s+){0,8}?(?:on\s+)?\Z"
    # ... and what "is planned" somewhere on a day: "A parade is planned in Berlin on Tuesday".
    r"|(?<![A-Za-z'])(?:is|are)\s+(?P<verb_in>planned)(?:\s+(?:in|at|outside)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
    r"\s+(?:on\s+)?\Z"
    # ... and what is planned for a day: "called off a rally planned for Saturday".
    # (Not one set off by commas, told of an event gone by: "The rally, planned for Saturday, drew
    # thousands".)
    # ... at its hour, given twice: "A meeting scheduled for 10:00 am (0700 GMT) on Sunday".
    # (... nor a plan overtaken: "The race, first scheduled for February 8th, has been moved".)
    r"|(?<![A-Za-z',])(?<!,\s)(?<!\bfirst\s)(?<!\boriginally\s)(?<!\binitially\s)"
    r"(?P<verb_for>planned|scheduled|slated|set) for (?:this\s+|next\s+)?"
    r"(?P<at_hour>(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s?(?:[ap]\.m\.|[ap]m)|noon|midnight)"
    # ... and its zone: "set for noon Eastern time Monday", "scheduled for 9 a.m. EST Friday".
    r"(?:\s+(?:[a-z]+\s+time|(?-i:[A-Z]{2,4})))?\s+(?:\([^()]{1,20}\)\s+)?(?:on\s+)?)?\Z",
    re.IGNORECASE,
)
#: So does a meeting or a visit in the present, whom it is with named before "on" its day: "The
#: Pope meets journalists on Saturday", "the president receives the delegation on Friday".
_MEETS_WHOM_BEFORE = re.compile(
    r"(?<![A-Za-z'])(?P<verb>(?-i:meets|visits|addresses|receives|welcomes))\s+(?:(?:(?-i:[a-z])[\w'’-]*\s+){1,3}?"
    # ... and whom by name, where: "He meets NATO leaders in Brussels on Wednesday".
    r"|(?:[\w'’.-]+\s+){1,4}?(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+)on\s+\Z"
    # ... and the place a trip leaves or tours, by name: "Biden leaves Washington on Sunday".
    r"|(?<![A-Za-z'])(?P<verb_place>(?-i:leaves|tours))\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:on\s+)?\Z"
)
#: So does a fixture, its opponent named between verb and day: "Chelsea face Arsenal on
#: Saturday", "City host Leeds at home Sunday", "Spain face Ireland in Gdansk on Thursday", "United
#: play away on Tuesday", and an American
#: team with its article: "the Chiefs face the Bills on Sunday".
_FIXTURE_BEFORE = re.compile(
    # (Not the end of a compound: "last met face-to-face on Wednesday".)
    r"(?<![A-Za-z'-])(?P<verb>(?-i:face|faces|play|plays|host|hosts|meet|meets|visit|visits|take on|takes on"
    # ("The Lakers open the season at home on Friday", "The Giants open against Dallas on Sunday".)
    r"|open|opens"
    # ("The Wildcats close the regular season at home Saturday": only with the season.)
    r"|close|end|finish|wrap\s+up|wraps\s+up))"
    # ("Stores were open on Sunday", "Banks stayed open Saturday": an adjective; "open" only with its
    # opponent or its season.)
    r"(?!(?<=open)(?!s?\s+(?:against|versus|vs\.?|at\s+(?:the\s+)?(?-i:[A-Z])"
    r"|(?:the|their|its|his|her)\s+(?:season|campaign|series|playoffs|tournament|schedule|title))))"
    r"(?!(?:(?<=close)|(?<=end)|(?<=finish)|(?<=up))(?!(?:s|es)?\s+(?:the|their|its|his|her)\s+"
    r"(?:regular\s+)?(?:season|campaign|schedule)))"
    # ("The Chiefs play at the Raiders on Sunday night".)
    r"(?:(?:\s+(?:at|against|versus|vs\.?)(?=\s+(?:the\s+)?(?-i:[A-Z])))?(?:\s+the(?=\s+(?-i:[A-Z])))?"
    r"(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3}"
    r"|(?<=open)s?\s+(?:the|their|its|his|her)\s+(?:regular\s+)?(?:season|campaign|series|playoffs|tournament"
    r"|schedule|title\s+defen[cs]e)"
    r"|(?:(?<=close)|(?<=end)|(?<=finish)|(?<=up))(?:s|es)?\s+(?:the|their|its|his|her)\s+(?:regular\s+)?"
    r"(?:season|campaign|schedule)"
    # ... or the match alone: "Murray plays his second-round match on Wednesday".
    r"|\s+(?:his|her|their|its)(?:\s+[\w'’-]+){0,2}?\s+(?:match|game|tie|fixture|(?:semi-?|quarter-?)?finals?|bout|"
    r"opener|friendly|qualifier)(?:\s+(?:against|versus|vs\.?)\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))?)?"
    # ... or what they meet for: "The candidates meet for their final debate Tuesday night".
    r"|(?<=meet)\s+for\s+(?:their|the|a)(?:\s+[\w'’-]+){0,2}?\s+(?:debate|talks|summit|showdown|rematch|meeting))"
    r"(?:\s+(?:at\s+home|away|(?:at|in)\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?"
    # ("close the regular season against Oregon on Saturday".)
    r"|against\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*))?))?"
    # ... and the competition: "who face Real Madrid in the Champions League on Wednesday", or
    # the game: "the Jets play the Patriots in the Week 12 game on Sunday",
    r"(?:\s+in\s+the(?:\s+(?-i:[A-Z][\w'’-]*)){1,3}"
    # ... or the stage of it: "faces Rubin in the second round on Wednesday".
    r"|\s+in\s+(?:the|a|their|its)(?:\s+[\w'’-]+){0,3}?\s+(?:game|match|tie|fixture|opener|(?:semi-?|quarter-?)?finals?|"
    r"round|leg|league|playoffs?)"
    # ... and the tie it is a leg of: "face Basel in the first leg of their Europa League semi-final".
    r"(?:\s+of\s+(?:the|their|its)(?:\s+[\w'’-]+){0,3}?\s+(?:(?:semi-?|quarter-?)?finals?|tie|series|round|playoffs?))?"
    # ... or the game of a series: "the Celtics host the Heat in Game 3 on Saturday".
    r"|\s+in\s+(?-i:Game)\s+[0-9]+)?"
    # ... and its place after its stage: "meets the Netherlands in the third-place game in Paris on
    # Saturday".
    r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)?"
    # ... and its hour: "The team plays Canada at 1 p.m. local time Thursday".
    r"(?:\s+at\s+[0-9]{1,2}(?:[:.][0-9]{2})?\s?(?:[ap]\.m\.|[ap]m)(?:\s+(?:local\s+time|(?-i:[A-Z]{2,4})))?)?"
    r"\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)
#: So does a rule or a deadline in the present: "pubs must close from Thursday", "firms have
#: to report by Nov. 15" (an obligation is met ahead; "had to" is no cue: it is told in the past).
_OBLIGED_BEFORE = re.compile(
    r"(?<![A-Za-z'])(?P<verb>must|(?:has|have|need|needs) to)(?:\s+(?!and\b|but\b)[\w'’-]+){1,4}?"
    r"\s+(?:from|by|before)\s+"
    # ... and the hour of the day: "the count must end by 5 p.m. Tuesday".
    r"(?:(?:[0-9]{1,2}(?::[0-9]{2})?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midnight)\s+(?:on\s+)?)?\Z"
    # ... and what is to be done on the day: "They need to be back in the market Monday", "Russia
    # has to repay the loan Friday".
    r"|(?<![A-Za-z'])(?P<verb_on>(?:has|have|need|needs) to)"
    r"(?:\s+(?!and\b|but\b|if\b|whether\b)[\w'’-]+){1,6}?\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)
#: So does a body called together for what it is to do: "Cameron recalled parliament for a vote on
#: Thursday" (told in the past, of a day still to come).
_CONVENED_FOR_BEFORE = re.compile(
    r"(?<![A-Za-z'])(?P<verb>recalled|called|convened|summoned|reconvened)\s+(?:[\w'’-]+\s+){0,3}?for\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:vote|debate|meeting|session|summit|hearing|referendum|ballot)\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)
#: So does what a present event "comes before": "The meeting comes ahead of the vote on Friday",
#: "It comes two days before the opening ceremonies in Atlanta on Friday" (what it "comes after"
#: has mostly happened).
_COMES_BEFORE = re.compile(
    r"(?<![A-Za-z'])(?P<verb>comes)\s+(?:[\w-]+\s+){0,3}?(?:before|ahead\s+of)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:on\s+)?\Z",
    re.IGNORECASE,
)
#: A time that comes "before" something is done, told in the present, is still ahead: "to
#: resettle them before winter sets in", "before the monsoon arrives" (whatever the main verb's tense).
_ARRIVES_AFTER = re.compile(
    r"\bbefore (?:the )?[A-Za-z-]+ (?P<verb>sets in|arrives|comes|begins|starts|returns)\b", re.IGNORECASE
)
#: A month or a weekday, full ("Tuesday") or short with its stop ("Tues.").
_DATE_NAME = r"(?:(?:" + "|".join(name.capitalize() for name in en.MONTHS) + r")\b|" + _WEEKDAY_NAME + ")"
#: A month's name and a day of it: "November 5", "Nov. 5".
_MONTH_DAY_NAME = r"(?:" + "|".join(name.capitalize() for name in en.MONTHS) + r")\.? [0-9]{1,2}\b"
_CLOCK = r"(?:[0-9]{1,2}(?:[:.][0-9]{2})? ?(?:[ap]\.m\.|[ap]m)|noon|midday|midnight)"
#: A clock before a day, with its "at" or without it as AP writes it ("is noon Monday"), and its
#: other zone in brackets as wire copy gives it ("noon (1600 GMT) Monday").
_AT_CLOCK = rf"(?:at )?{_CLOCK} (?:\([^()\n]{{1,24}}\) )?(?:on )?"
#: A present copula that places an event on a day or in a month tells of its date to come: "the
#: election is on Tuesday", "the midterms are in November", "kickoff is at 3 p.m. on Saturday",
#: "the deadline is noon (1600 GMT) Monday" (a past one would be "was").
_IS_ON_DATE = re.compile(
    # ("The library is closed on Friday for staff training": a place shut on a day to come; "The
    # new list is released on Monday": a schedule in the present passive.)
    # ("Games 4 and 5 are also in San Antonio, on Thursday and Sunday".)
    rf"\b(?:(?:is|are) (?:(?:also|still|again) )?"
    rf"(?:(?:closed|shut|open|released|published|issued|held|unveiled|planned|scheduled) )?"
    # ... and a part of the month: "the convention is in late August", "is at the end of August".
    rf"(?:(?:in|on) (?=(?:early|late) {_DATE_NAME}|mid-{_DATE_NAME})"
    rf"|at (?=the (?:end|start|beginning|middle) of {_DATE_NAME})"
    # ... and the week a day is in: "Spring break is the week of April 8".
    rf"|(?=the week of {_DATE_NAME})"
    rf"|(?:(?:in|on) "
    # ... and a weekday without its "on", as AP writes it: "the vote is Monday" (not "it is
    # Monday", "today is Monday": the day the text stands at; see _find_cues).
    # ... and a day of a month: "Election Day is November 5".
    rf"|(?={_WEEKDAY_NAME}|{_MONTH_DAY_NAME}))(?={_DATE_NAME}(?!['’]s))|(?={_AT_CLOCK}{_DATE_NAME})"
    # ... and the place or the side it is at first: "the next match is at Manchester City on
    # Sunday", "the funeral is at St. Mary's Church on Saturday", "the summit is in Brussels on
    # Thursday".
    rf"|(?:at|in|against) (?:the )?(?:[A-Z][\w'’.-]*,? ){{1,4}}(?:on )?(?={_DATE_NAME}(?!['’]s)))"
    # "falls on" places a day on the calendar: "the equinox falls on Monday", "Christmas falls on
    # a Thursday". (Not the plural "fall": "Stocks fall on Monday" is a headline's past.)
    rf"|falls on (?:a )?(?={_DATE_NAME}))"
)
#: Words before "is" that make the weekday after it the day the text stands at.
_NOT_AHEAD_SUBJECTS = frozenset({"it", "today"})
_SCHEDULE_WINDOW = 80
#: A possessive just before a word: "committee's ".
_POSSESSIVE_JUST_BEFORE = re.compile(r"['’]s\s\Z")
#: An article and a noun before a timetable verb: "a committee vote", "the final meeting".
#: (... and a possessive's: "Gorbachev's state visit May 15 was overshadowed".)
_ARTICLE_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her)|\w['’]s)\s+(?P<noun>[a-z-]+)\s+\Z", re.IGNORECASE
)


def _noun_after_article(text: str, schedule: re.Match[str]) -> bool:
    """Whether a timetable verb without its "-s" follows an article and a singular noun, so is a
    noun itself ("survived a committee vote in November"; not "the exhibition travels", "the
    senators vote", a subject and its verb)."""
    verb = (schedule.group("verb") or schedule.groupdict().get("verb_place") or "").split()[0].lower()
    found = _ARTICLE_NOUN_BEFORE.search(text, max(0, schedule.start() - 24), schedule.start())
    noun = "" if found is None else found.group("noun").lower()
    # (A singular noun may end in "s" too: "won the caucus vote Monday night".)
    plural = noun.endswith("s") and not noun.endswith(("us", "ss", "is"))
    if (
        found is not None
        and verb == "play"
        and found.group("noun")[:1].isupper()
        and not text[sentence_bounds(text, found.start())[0] : found.start()].strip(" \n\"“'‘")
    ):
        return False  # "The Heat play Chicago on Friday": a team's name opens its sentence, its verb
    return found is not None and not verb.endswith("s") and not plural


#: A noun's adjective: "since its record close on Jan. 14", "a strong open on Monday" (but a noun
#: before "is"/"are": "The final is played on Sunday").
_ADJECTIVES_OF_A_SESSION = frozenset(
    {"record", "strong", "weak", "higher", "lower", "early", "late", "final", "closing", "opening"}
)
#: Words after which a timetable verb is a noun, an infinitive or carries another tense.
_NOT_SCHEDULE_AFTER = frozenset(
    {"the", "a", "an", "to", "did", "didn't", "not", "will", "would", "could", "can", "may", "might",
     "must", "should", "shall", "its", "their", "his", "her", "our", "your", "my", "this",
     "these", "those", "of", "for", "let", "help", "make", "had", "has", "have",
     # A leave taken, a noun: "He was placed on leave Monday night", "on paid leave".
     "on", "paid", "unpaid", "administrative", "medical", "sick", "maternity", "paternity",
     # A clock's zone before the noun of a session: "after the 4 p.m. EST close on Wednesday".
     "est", "edt", "et", "gmt", "utc", "cst", "cdt", "pst", "pdt", "mst", "mdt", "bst", "cet"}
) | _ADJECTIVES_OF_A_SESSION  # fmt: skip
#: Plans told in the past tense (among the future phrases).
_PAST_PLAN = re.compile(rf"(?:{_PAST_PLAN_VERBS}) to", re.IGNORECASE)
#: The comma that closes a subject's apposition, right before its verb.
_APPOSITION_CLOSED_BEFORE = re.compile(r"[a-z],\s\Z")
#: "had" right before a plan told in the past ("had threatened to"), or before the verb that
#: sets a deadline ("had given Iraq until noon Saturday").
_HAD_BEFORE = re.compile(r"\bhad\s+\Z", re.IGNORECASE)
#: A past verb of saying or deciding and the "that" of what it reports, before a modal.
_REPORTED_THAT_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(en.REPORTING_PAST | {"ruled", "decided", "ordered", "warned"})) + r")"
    r"\b[^.;!?]{0,40}\bthat\b[^.;!?]{0,40}\Z",
    re.IGNORECASE,
)
#: An order or a request given (:data:`_FUTURE_PHRASES`): as a plan told in the past, past for
#: what comes before it ("On Tuesday, the judge ordered him to appear"), future after.
_DIRECTIVE = re.compile(
    rf"(?<!\bhad )(?<!\bhad been )(?:{_DIRECTIVE_VERBS}|called|calls\s+for|demanded|demands|insisted|insists)"
    r"\s(?!to\b)"
)
#: A coordinated predicate begins: "and", "but" right before a cue after an expression.
#: A participle's clause set off by a comma after an expression: "on Wednesday, saying".
#: (Not the prepositions and nouns in "-ing": "on Friday, during the talks, he will ...".)
_PARTICIPLE_CLAUSE_AFTER = re.compile(
    r"[^,;:.!?\n]{0,30},\s+(?!(?:during|according|including|regarding|concerning|following|pending|"
    r"excluding|barring|notwithstanding|morning|evening|nothing|something|everything|anything|"
    r"meeting|building|king|spring|thing|ring|bring|sing|string|swing|sling|wing)\b)(?P<verb>[a-z]{2,}ing)\b"
    # ... and a passive participle's with its agent: "would return on Thursday, accompanied by
    # the heads of the OAS".
    r"|[^,;:.!?\n]{0,30},\s+(?P<passive>(?-i:[a-z]{3,}ed))\s+by\b"
)
#: Whom something was told: "reporters", "the committee", "his supporters", "Reuters".
_AUDIENCE = (
    r"(?:(?:the|his|her|their|a)\s+)?"
    r"(?:reporters|journalists|lawmakers|legislators|officials|residents|parliament|congress|senators|"
    r"members|supporters|delegates|investors|analysts|staff|employees|workers|students|voters|crowds?|"
    r"(?-i:[A-Z][a-z]+))"
)
#: A verb of saying in the past and the "on" of its day: "said on ", "announced on ".
_SAID_ON_BEFORE = re.compile(
    # (Not a passive still to come: "The results will be announced on Friday".)
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bto\s)"
    # ("The minister told lawmakers on Monday he would decide": whom it was told, any audience.)
    r"\b(?:said|announced|confirmed|told\s+" + _AUDIENCE + r")\s+on\s+\Z"
)
_NEXT_PREDICATE = re.compile(
    r"\b(?:and|but)\s+\Z"
    # ... or a clause of its own with its subject: "The Fed cut its rate in December, and
    # economists expect another cut".
    r"|,\s+(?:and|but)\s+(?!(?:then|also|later|now|still|so)\s)(?:[\w'’-]+\s+){1,3}\Z"
    # ... or a second clause reported, "and that": "said Obama would meet his team on Saturday and
    # that no decision was expected".
    r"|\b(?:and|but)\s+that\s+(?:[\w'’-]+\s+){0,3}\Z"
)
#: ... and a predicate whose past verb came first: "slashed rates on Sunday evening and said it
#: would buy bonds" (the "would" is of what was said).
_NEXT_PAST_PREDICATE = re.compile(r"\b(?:and|but)\s+(?:then\s+|also\s+)?(?P<verb>[a-z]+)\s")
#: A forecast's verb in the present (a future cue), and the words after which it is a noun.
_FORECAST_VERB = re.compile(rf"(?:{_FORECAST_VERBS})", re.IGNORECASE)
_NOT_A_SUBJECT = frozenset({"", "the", "a", "an", "its", "their", "his", "her", "our", "this", "whose"})
#: A date fixed in the past passive: "was set for", "were scheduled for".
_FIXED_IN_THE_PAST = re.compile(
    r"(?:was|were)\s+(?:\w+ly\s+)?(?:(?:set|scheduled|slated|fixed)\s+for|planned\s+(?:for|before))",
    re.IGNORECASE,
)
#: The subjects a past plan's verb follows in reported speech ("said it expected to ...").
#: Nouns of the bodies that make plans, the subject of "expected to" as a pronoun is.
_PLANNING_BODIES = frozenset(
    {"company", "firm", "bank", "group", "government", "ministry", "agency", "board", "maker", "carrier",
     "airline", "utility", "insurer", "retailer", "concern", "administration", "management", "fed"}
)  # fmt: skip
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "who"})
#: A relative clause set off by a comma, open up to the expression (no comma closes it before).
#: (Its closing comma goes back to the main clause: an adverb, a preposition or a verb follows,
#: not a noun of a list: "who stepped down as chairman, president and chief executive in March".)
_CLOSED_RELATIVE = re.compile(
    # (A comma between digits is a number's: "who arrested 1,400 people in March, will".)
    # ("to rise again in October, when Ofgem's cap is next revised, and then once more in January":
    # a "when" clause after a date too.)
    # ... and a participle's, with its time: "a plan, announced in January, to cut pay before the
    # end of the year".
    r",\s+(?:who|which|whose|(?<=[0-9a-z],\s)when|(?-i:[a-z]{3,}ed)(?=\s+(?:in|on|last|earlier)\s))\b"
    r"(?:[^,;:()]|(?<=[0-9]),(?=[0-9]))*,(?=\s+(?:\w+ly\b|(?:in|on|at|by|to|for|with|from|before|after|during|"
    r"is|are|was|were|will|would|has|have|had|said|says"
    # ... or a clause joined after it: "visit the grave of their mother, who died in 1991, and on
    # Monday he flies home".
    r"|and|but)\b"
    # ... or the main verb in the present: "The patrol, which began on Memorial Day, works
    # downtown every Friday night until Labor Day".
    r"|(?-i:[a-z]{2,}[^s\W]s)\b"
    # ... or a plural subject's, after "who": "The Titans, who moved from Houston in 1997, return to
    # practice in late July".
    r"|(?-i:return|begin|start|open|resume|face|play|meet|head|remain|report|plan|hope|expect)\b"
    # ... or the main verb in the past: "Gore, who plans to run in 2000, stood beside Clinton on
    # Saturday".
    r"|(?-i:[a-z]{2,}ed|stood|went|came|told|took|made|gave|met|left|won|lost|spoke|wrote|began|ran|saw|sent"
    r"|held|kept|led|got|became|brought|fought|sought|bought|found|struck|fell|rose|flew|drew|grew|threw)\b))"
)
#: A relative clause set off by a comma and its first verb, after an adverb of time or degree:
#: ", who retires", ", which takes effect", ", who still graduate".
_RELATIVE_PRESENT = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[\w.'’-]+\s+){1,5}?(?=who\b))?(?:who|which)\s+"
    r"(?:(?:also|still|now|then|usually|often|only|just)\s+)?(?P<verb>(?-i:[a-z]{2,}))(?=\s)"
    # ... and a restrictive one of how long something lasts: "contracts that run into the spring".
    r"|\b(?:that|which)\s+(?P<lasting>(?-i:runs?|extends?|lasts?|stretch(?:es)?|continues?|expires?))"
    r"(?=\s+(?:into|through|until|till|to|in)\b)"
)
#: Verbs of a timetable, whose present tells what is still to come: "which reports on Tuesday".
_TIMETABLE_VERBS = frozenset(
    {"reports", "report", "meets", "meet", "plays", "play", "votes", "vote", "visits", "visit", "testifies",
     "testify", "faces", "face", "hosts", "host", "arrives", "arrive", "departs", "depart", "briefs", "brief",
     "addresses", "address", "attends", "attend", "travels", "travel", "heads", "head"}
)  # fmt: skip
#: The words after "who" or "which" that are no verb in the present: modals and auxiliaries of
#: other tenses, and the determiners and adverbs "which" may go on to.
_NOT_PRESENT_AFTER_RELATIVE = frozenset(
    {"will", "would", "could", "can", "may", "might", "should", "must", "shall", "had", "has", "have",
     "was", "were", "did", "been", "once", "later", "earlier", "previously", "formerly", "the", "a",
     "an", "in", "of", "is", "are", "ago", "last",
     # ("The court, which on Wednesday barred the boy from leaving": a preposition, no verb.)
     "on", "at", "by", "for", "from", "to", "with", "since", "until", "during", "after", "before",
     "this", "next", "that", "its", "their", "his", "her"}
)  # fmt: skip
RELATIVE_OPEN = re.compile(
    # ("Mark Carney, the Canadian central bank chief who takes over on July 1, told lawmakers": after
    # a noun in apposition too.)
    r",\s+(?:(?:the|a|an)\s+(?:[\w.'’-]+\s+){1,5}?(?=who\b))?(?:who|which|whose|"
    # ("relatives, some of whom plan to march on Saturday, have filled the gallery".)
    r"(?:some|many|most|all|several|none|each|both|one|two|three|half)\s+of\s+(?:whom|which)\b|"
    # ... and a participle's clause set off the same way: "Security, tightened after a bomb threat
    # on Thursday, will remain in place".
    # ("The plane, built in 1971, had been inspected in May": an irregular participle too.)
    r"(?:(?-i:[a-z]{3,}ed)|built|born|made|held|won|taken|founded|begun|sold|bought|written|beaten|"
    r"chosen|driven|given|shaken|stolen|shot|hit|struck|caught|seen)"
    # ("A state of emergency, imposed for one month on August 14 and extended for two months in
    # September, is due to expire": its length first.)
    r"\s+(?:after|by|in|on|at|during|following|before|since|over|for)\b)"
    # (... across a place's region set off by commas: "who flew back from Gleneagles, Scotland, on".)
    r"(?:[^,;:()]|(?<=[0-9]),(?=[0-9])|,\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?,)*\Z"
)
_DETERMINER_AFTER = re.compile(r"\s+(?:a|an|the|this|that|its|their|his|her|our)\b", re.IGNORECASE)
#: "had been" and up to two words before a future cue ("had been due to", "had been scheduled to").
#: ... and so does one told as the first of two: "The trial was originally set to begin in
#: January", "had been given until Sept. 30".
_PLUPERFECT_BEFORE = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?been\s+(?:\w+\s+){0,2}$|\b(?:was|were)\s+(?:originally|initially)\s+$"
    # ... as does a plan the pluperfect tells was the first: "had originally intended to strike".
    r"|\bhad\s+(?:originally|initially|first)\s+$"
    # ... and a first plan in apposition: "The summit, originally scheduled to begin Monday, was
    # delayed".
    r"|,\s+(?:originally|initially)\s+$",
    re.IGNORECASE,
)
_PRESENT_PERFECT = re.compile(
    # "'s" is "has" after a pronoun ("he's spent"); after a name it is a possessive ("Tuesday's
    # summit", "the firm's budget").
    # (The apostrophe comes before the look-behinds, so that they are tried only after one, not
    # at every word of the text.)
    # (Not the future perfect: "will have finished by Wednesday" is done by a day ahead.)
    # ("having cut them to $75 billion a month in December": the perfect participle, done before.)
    r"\b(?:has|having|(?<!\bwill\s)(?<!'ll\s)(?<!\bshall\s)have|'ve|'(?:"
    + "|".join(rf"(?<=\b{pronoun}')" for pronoun in ("he", "she", "it", "that", "who", "there", "what"))
    # ("has since recovered", "have already risen".)
    + r")s)\s+(?:\w+ly\s+|not\s+|been\s+|since\s+|already\s+|just\s+|also\s+|long\s+|never\s+)?"
    # (Not a pronoun or a word that merely ends like a participle: "to have it ready by".)
    # ("He's not going to wait": the negation, no participle.)
    # ("We've got February and March still to get through": "have got" is "have", no perfect.)
    r"(?:(?!(?:it|that|what|but|out|at|about|most|least|first|just|yet|not|got)\b)\w+(?:ed|en|t)\b"
    # ... and the irregular participles that end otherwise: "is believed to have won the May 7
    # election", "has held talks since March".
    r"|(?:won|held|upheld|withheld|made|paid|laid|said|sold|told|found|heard|had|done|gone|undergone|run"
    r"|begun|come|become|overcome|hit|set|struck|hung|swung|sunk|shrunk|spun|dug|clung|flung|stung|slid"
    r"|spread|read|bid|quit)\b)",
    re.IGNORECASE,
)
#: A verb still to come and its object before an -ed form, which says what state the object is to
#: be kept in (a participle, no past): "would keep its centers staffed on Friday", "to have the
#: work finished by Monday".
_OBJECT_COMPLEMENT_BEFORE = re.compile(
    # ("He wants the sanctions lifted before the end of the year".)
    r"\b(?:(?:will|would|'ll|to)\s+(?:keep|leave|have|get|want|need|see)|wants|want|wanted|needs|need"
    r"|needed)\s+(?:[\w'’-]+\s+){1,3}\Z",
    re.IGNORECASE,
)
#: Words after which an -ed form is a participle (passive or perfect), not a past tense.
_PARTICIPLE_AFTER = frozenset(
    {"be", "been", "being", "is", "are", "am", "has", "have", "get", "gets", "getting", "the", "a", "an",
     # ("We've got February and March still to get through": the perfect's own pattern dates
     # "we've seen".)
     "we've", "i've", "you've", "they've", "who've",
     "will", "would", "to", "can", "could", "may", "might", "must", "should", "not",
     # "Schools will stay closed on Tuesday", "the road remains blocked".
     "stay", "stays", "remain", "remains", "become", "becomes",
     # An adjective after a preposition or a possessive: "support for affected businesses on
     # Tuesday", "homes of displaced families".
     "for", "of", "with", "from", "its", "their", "his", "our", "your", "my", "newly",
     # ... and after a quantifier: "will repair all damaged vehicles", "would fix the remaining
     # recalled cars".
     "all", "remaining", "some", "any", "many", "more", "other", "those", "these",
     # ... and after an adjective of a bid or a price: "to seek a better bid", "a rival bid".
     "better", "higher", "lower", "rival", "new", "opening",
     # ... and after an adjective of order: "a final televised debate", "the next scheduled
     # flight" (not "last" or "first", adverbs too: "he last visited", "first reported").
     "final", "next", "second", "third",
     # ... and after a preposition, an adjective of its noun: "will move families into
     # prefabricated housing", "at reduced prices", "to make up lost time".
     "into", "in", "on", "at", "by", "under", "over", "through", "against", "without", "up",
     # ... and after a counted share: "above the 50 percent needed to avoid a run-off in June".
     "percent", "votes", "seats", "signatures"}
)  # fmt: skip
#: A verb whose past is its base form, after "it", "he" or "she" without an "-s": the past tense
#: ("more than it forecast in March", "he set a record"), which the bare word cannot tell ("they
#: forecast", "forecasts"). Not after a modal or "to" ("will it cost", "does he put").
_PRONOUN_PAST = re.compile(
    r"(?<![A-Za-z'])(?:it|he|she|It|He|She)\s+(?:\w+ly\s+)?"
    r"(?P<verb>forecast|broadcast|set|cut|put|hit|cast|quit|shut|spread|bid|cost|split|upset)(?![\w'-])"
)
#: Words before the pronoun that make the bare form an infinitive or a present.
_NOT_PAST_BEFORE_PRONOUN = frozenset(
    {"will", "would", "can", "could", "may", "might", "must", "shall", "should", "does", "did", "do",
     "let", "make", "makes", "help", "helps", "to", "how", "what", "much"}
)  # fmt: skip
#: The attribution that closes a news sentence after a comma: ", forecasters said", ", the company
#: says", ", said Ms. Lee". Its verb dates the saying, not what was said ("The storm should reach
#: the coast late Saturday or early Sunday, forecasters said"), so it is heard only when no other
#: verb of the sentence speaks.
# (... and TimeBank's closing quotation mark, two apostrophes: ",'' Ames said".)
#: A sentence's subject and the opening of an aside set off after it, up to an expression:
#: "Clinton, speaking on ", "The minister, in an interview on ", "Smith, visiting Moscow on ".
_ASIDE_AFTER_SUBJECT = re.compile(
    # (... after a place that opens the sentence: "In Washington, President Clinton, speaking at
    # the White House on Saturday afternoon, said".)
    r"\s*(?:(?:In|At|From)\s+[A-Z][^,;:\n\"“”]{0,30},\s+)?"
    r"[A-Z][^,;:\n\"“”]{0,60},\s+(?:[a-z]+ing|in\s+an?\s+(?:interview|speech|statement|address|letter)"
    r"|at\s+a\s+news\s+conference)\b[^,;:\n\"“”]{0,40}"
)
#: A quotation's close before its attribution: '," ', ',” ', ",'' ".
_QUOTATION_CLOSES = re.compile(r",(?:[\"”]|'')\s")
#: (... past an aside of its own: "will announce the result on Saturday, earlier than planned, a
#: spokesman said".)
_ATTRIBUTION_GAP = re.compile(
    r"[^,;:\n\"“”]{0,40},(?:\s[^,;:\n\"“”]{1,40},)?(?:[\"”]|'')?\s+(?:[\w.'’-]+\s+){0,4}"
)
#: What may follow an attribution's verb before its sentence or clause ends: a name, a weekday,
#: "in a statement" (not an object: "In September, it announced plans to ...").
_ATTRIBUTION_END = re.compile(
    r"(?:\s+(?:in\s+a\s+statement|on\s+[A-Z]\w*|[A-Z][\w.'’-]*"
    # ... and the day it was said, told from the DCT: "..., Mandela announced today".
    r"|today|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
    # ... and where: "Jiang will visit Thailand on September 2, Zhu announced here".
    r"|here|there"
    # ... and how: "is unlikely to be in place before Christmas, officials said privately".
    r"|privately|publicly|separately|earlier|later|repeatedly|afterwards?"
    # ... and the audience told: "..., Hancock told parliament", "..., she told reporters".
    r"|(?:the\s+)?(?:reporters|journalists|parliament|lawmakers|legislators|senators|delegates|supporters|"
    r"listeners|viewers|investors|analysts|the\s+(?:house|senate|committee|court|jury|press|crowd|audience))\b)){0,4}"
    r"\s*(?:[.,;!?\"”]|\Z)"
)
_ATTRIBUTION_VERBS = en.REPORTING_PAST | {
    "says", "tells", "adds", "notes", "writes", "reports",
    # ("could reach Florida by Friday afternoon, forecasters warned".)
    "warned", "cautioned", "predicted", "stressed", "acknowledged", "conceded",
    # ("Flags will fly at half-staff through Friday, the president ordered".)
    "ordered", "decreed", "directed",
}  # fmt: skip
#: How much farther away an attribution's verb counts than its distance.
_ATTRIBUTION_PENALTY = 200
#: An attribution set off by commas inside its sentence: ", officials said," (its subject before
#: it, a comma after it).
_ASIDE_BEFORE = re.compile(r",\s+(?:[\w.'’-]+\s+){1,4}\Z")
_ASIDE_AFTER = re.compile(r",\s")
#: An aside that opens with a comma just before a cue and closes with one just before the
#: expression, which only a preposition may precede: "the report, originally due Oct. 4, on ".
_ASIDE_OPENS_BEFORE = re.compile(r"[^\s,],\s+(?:[\w'’-]+\s+){0,2}\Z")
_ASIDE_CLOSES_BEFORE_EXPRESSION = re.compile(r"[^,;:!?\n]{0,40},\s+(?:(?:on|in|at|by)\s+)?")
_ASIDE_REACH = 48
#: A relative clause set off by a comma right after an expression: ", where", ", when", ", which".
_RELATIVE_AFTER = re.compile(
    # ... and an adverbial clause: "will take over the inquiry Thursday, after tests showed a bomb".
    r",\s+(?:where|when|which|who|whose|after|because|since|although|though|while)\b"
    # ... and a noun in apposition with its participle: "by April 15, the deadline set by law".
    r"|,\s+(?:the|a|an)\s+(?:deadline|date|day|limit|target|anniversary)\s+\Z"
    # ... and a noun in apposition with a clause of its own: "to begin searching the wreckage on
    # Wednesday, a process officials said could take a week".
    r"|,\s+(?:a|an)\s+(?:[\w'’-]+\s+){1,3}\Z",
    re.IGNORECASE,
)
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
#: A comma and a conjunction between a cue and the expression after it: a clause of its own.
_CLAUSE_JOIN = re.compile(r",\s+(?:and|but|yet)\b")
_CLAUSE_JOIN_PENALTY = 100
_WINDOW = 240
_CUE_LEXICON = en.PAST_VERBS_STRICT | en.PRESENT_CUES | en.INVARIANT_PAST
#: What makes a verb of :data:`~dateline.lexicon.en.INVARIANT_PAST` after it a past tense: an
#: adverb of a time gone by, or "who" (a singular subject would give a present an "-s"; after "he",
#: "she", "it" the verb is :data:`_PRONOUN_PAST`'s).
#: Pasts that are their verbs' base forms too, which "and" may join to a modal's first verb.
_BASE_FORM_PASTS = frozenset(
    {"shut", "hit", "quit", "spread", "burst", "split", "bet", "upset", "cut", "put", "set", "let", "cost",
     "hurt", "cast", "shed", "read", "beat"}
)  # fmt: skip
#: Ranks before an adjective in "-ed": "the seventh named storm", "the first listed company".
_RANKS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
     "eleventh", "twelfth", "last", "only", "most", "least", "best", "worst"}
)  # fmt: skip
#: Adjectives of what is done by custom, before another "-ed" adjective of their noun: "its annual
#: corned beef supper", "the traditional candlelit service".
_ADJECTIVES_OF_A_CUSTOM = frozenset(
    {"annual", "traditional", "seasonal", "usual", "customary", "weekly", "monthly", "yearly", "special"}
)
#: Words in "-ing" that are no gerund of a verb whose object an "-ed" adjective may modify.
_NOT_GERUNDS = frozenset({"during", "morning", "evening", "nothing", "something", "anything", "everything"})
#: Adverbs without "-ly" that stand between a verb and its participle: "are still needed".
_SHORT_ADVERBS = frozenset({"still", "also", "now", "not", "often", "always", "never", "again"})
#: The words that make "last" or "first" after them a rank ("the first listed company"), not
#: an adverb after a subject ("he last visited").
_DETERMINERS_OF_RANK = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those",
     "whose", "each", "every", "at", "and", "or", "of", "in", "on", "for", "to", "by", "with"}
)  # fmt: skip
_INVARIANT_PAST_AFTER = frozenset({"last", "already", "recently", "just", "then", "later", "who"})
#: Bodies that act, whose singular subject makes a verb of :data:`~dateline.lexicon.en.INVARIANT_PAST`
#: after it a past: "the company cut", "the bank set".
_BODIES = frozenset(
    {"company", "bank", "government", "board", "fed", "firm", "council", "agency", "court", "ministry",
     "group", "union", "committee", "commission", "administration", "legislature", "parliament", "opec",
     "carrier", "airline", "automaker", "retailer", "maker", "insurer", "lender", "utility", "state", "city",
     "army", "military", "navy", "regime", "president", "minister", "governor", "mayor", "judge", "country"}
)  # fmt: skip
#: A name in capitals right before such a verb, no plural's "-s" at its end: "Kenya", "Khamenei".
_NAME_SUBJECT_BEFORE = re.compile(r"(?<![\w'’-])(?-i:[A-Z][a-z]+)(?<![^s]s)\s+\Z")
#: A modal, then "if" and its clause in the simple past up to an expression: "could lose trade
#: privileges if conditions did not improve by " (not a pluperfect's "if he had won in March").
_IF_AFTER_A_MODAL = re.compile(
    r"\b(?:could|would|might)\s+(?!have\b)[^.;:!?]{1,80}?\bif\s+(?![^.;:!?]*\bhad\b)[^.;:!?,]{1,80}\Z",
    re.IGNORECASE,
)
#: A number and the comma that closes its clause, before a word: "in 2012, ".
_NUMBER_AND_COMMA_BEFORE = re.compile(r"[0-9],\s+\Z")
#: A noun and the comma after it, before a participle: "The fund, ".
_NOUN_AND_COMMA_BEFORE = re.compile(r"\b(?-i:[a-z]{3,}|[A-Z][a-z]+),\s+\Z")
#: What follows such a participle: a particle or a preposition and its time ("set up in April").
_PARTICIPLE_WORDS_AFTER = re.compile(r"\s+(?:up\s+|out\s+|aside\s+)?(?:in|on|at|during|last|earlier)\b")
#: Capitalised subjects that are plurals without an "-s" (or pronouns): "Police set up roadblocks".
_PLURAL_CAPITALS = frozenset({"police", "people", "they", "we", "you", "i", "staff", "clergy", "cattle"})
#: An object right after such a verb: " its forecast", " interest rates", " the price".
_OBJECT_AFTER = re.compile(
    r"\s+(?:its|their|the|a|an|his|her|(?:[a-z]+\s+)?(?:rates?|prices?|jobs|output|costs?|taxes|spending))\b"
)
#: The nouns of terms that are "set": a past participle after them ("a deadline set in September").
_TERMS_FIXED = frozenset(
    {"deadline", "deadlines", "target", "targets", "date", "limit", "limits", "goal", "goals", "timetable",
     "ceiling", "cap", "quota", "quotas", "benchmark", "record"}
)  # fmt: skip
_ED_WORD = re.compile(r"(?<![A-Za-z'])[A-Za-z]+ed(?![A-Za-z'])")


def in_one_sentence(text: str, start: int, end: int) -> bool:
    """Whether no sentence ends in ``text[start:end]`` (however long the sentence: see
    :func:`sentence_bounds`, which looks only so far).

    >>> in_one_sentence("It rained in May, and in June it snowed.", 0, 30)
    True
    >>> in_one_sentence("It rained in May. In June it snowed.", 0, 30)
    False
    """
    return _SENTENCE_END.search(text, start, end) is None


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The start and end offsets of the sentence containing ``position``, at most 160 characters
    either way."""
    low = max(0, position - _WINDOW)
    start = low
    # (One character past ``position``: the look-ahead must see the expression's first letter
    # when the expression opens the sentence.)
    for match in _SENTENCE_END.finditer(text, low, min(len(text), position + 1)):
        start = match.end()
    high = min(len(text), position + _WINDOW)
    end_match = _SENTENCE_END.search(text, position, high)
    end = end_match.start() + 1 if end_match else high
    return start, end


def _is_past_form(word: str, previous: str, *, at_sentence_start: bool) -> bool:
    lower = word.lower()
    if previous in _PARTICIPLE_AFTER:
        # "will be held", "has met": a participle; the auxiliary carries the tense.
        return False
    if previous in _RANKS and lower.endswith("ed"):
        # "the seventh named storm of the season": an adjective after a rank.
        return False
    if lower in en.PAST_VERBS_STRICT:
        return True
    if word[:1].isupper() and not at_sentence_start:
        return False
    if previous in ("who", "which") and lower in en.NOT_PAST_ED:
        # "Brady, who proposed the overhaul in February": after a relative pronoun, an -ed word
        # that is mostly an adjective ("proposed", "planned") is the clause's verb.
        return True
    return _may_be_past_ed(lower)


def may_be_past(lower: str) -> bool:
    """Whether a lower-case word may be a verb's past tense: an irregular one, or an -ed word
    (:func:`_may_be_past_ed`).

    >>> may_be_past("fell"), may_be_past("surrendered"), may_be_past("unnamed"), may_be_past("river")
    (True, True, False, False)
    """
    return lower in en.PAST_VERBS_STRICT or _may_be_past_ed(lower)


def _may_be_past_ed(lower: str) -> bool:
    """An -ed word that may be a past tense; "unspecified", "unnamed" are only ever adjectives."""
    if lower in en.SHORT_PAST_ED:
        return True
    if len(lower) <= 4 or not lower.endswith("ed") or lower in en.NOT_PAST_ED:
        return False
    if lower.startswith("un") and not lower.startswith("under"):
        stem = lower[:-2]
        return any(stem.startswith(verb) for verb in en.UN_VERBS)
    return True


class TenseIndex:
    """Every tense cue of a text, found in one pass, for answering :meth:`tense_at` quickly.

    With ``around`` (the spans of the expressions that will ask), only the sentences of those
    spans (and a margin around them) are scanned; the answers for them are the same.

    >>> index = TenseIndex("They met on Monday. They will meet on Friday.")
    >>> index.tense_at(12, 18), index.tense_at(38, 44)
    ('past', 'future')
    >>> TenseIndex("They met on Monday. They will meet on Friday.", around=[(38, 44)]).tense_at(38, 44)
    'future'
    """

    __slots__ = ("_bounds", "_cues", "_starts", "text")

    def __init__(self, text: str, *, around: Sequence[tuple[int, int]] | None = None) -> None:
        self.text = text
        #: The sentence bounds of the expressions ``around``, by start (asked again by tense_at).
        self._bounds = {start: sentence_bounds(text, start) for start, _ in around or ()}
        cues: list[tuple[int, int, int, _Cue]] = []
        for low, high in _regions(text, None if around is None else self._bounds.values()):
            _find_cues(text, low, high, cues)
        cues.sort()
        self._cues = cues
        self._starts = [cue[0] for cue in cues]

    def _opens_deadline(self, start: int, cue_start: int) -> bool:
        """Whether the cue at ``cue_start`` is the deadline shorthand that opens the expression
        at ``start`` ("EOD Friday", "end of day Friday" take it in as their mod): it still looks
        ahead, as it did before the day."""
        shorthand = _DEADLINE_OPENING.match(self.text, start)
        return shorthand is not None and cue_start < shorthand.end()

    def _plans_ahead_of_it(self, cue_start: int, cue_end: int) -> bool:
        """Whether the cue is an active past verb of planning ("scheduled the landings for"),
        which sets a time after it, not the time of a date before it."""
        word = self.text[cue_start:cue_end]
        return word in _PLANNING_PAST and _previous_word(self.text, cue_start)[0] not in _AUXILIARIES

    def _past_predicate_between(self, start: int, end: int) -> bool:
        """Whether a predicate of its own, told in the past, opens between ``start`` and ``end``."""
        for match in _NEXT_PAST_PREDICATE.finditer(self.text, start, end):
            verb = match.group("verb")
            if may_be_past(verb):
                return True
        return False

    def tense_at(self, start: int, end: int | None = None) -> Tense | None:
        """The tense of the clause around ``text[start:end]`` (see :func:`tense_at`)."""
        end = start if end is None else end
        bounds = self._bounds.get(start)
        sentence_start, sentence_end = bounds if bounds is not None else sentence_bounds(self.text, start)
        if _REPORT_RELEASED_BEFORE.search(self.text, max(sentence_start, start - 80), start):
            # "could win outright, according to polls released this week": the participle after
            # its noun tells when the figures came out, whatever the main clause's modal says.
            return "past"
        if _SAID_ON_BEFORE.search(self.text, max(sentence_start, start - 24), start):
            # "a process Hassan said on Wednesday could take a day or two": the day it was said on,
            # whatever the modal of what was said.
            return "past"
        if _IF_AFTER_A_MODAL.search(self.text, max(sentence_start, start - 160), start):
            # "could lose trade privileges if conditions did not improve by the end of the year": a
            # condition of what would follow, its past a shifted future.
            return "future"
        best: tuple[int, int, int] | None = None
        best_tense: Tense | None = None
        opening = self.text[sentence_start:start]
        if '"' in opening or "“" in opening:
            # A quotation's own verbs tell its time, not those of the words that attribute it:
            # '"We may have to revisit these numbers before May," Pratt told the board.'
            sentence_end = _quotation_end(self.text, sentence_start, start, end, sentence_end)
        low = bisect.bisect_left(self._starts, sentence_start)
        high = bisect.bisect_left(self._starts, sentence_end)
        # The close of a relative clause set off by commas that the expression is in ("The
        # minister, who took office in January, will visit"): the verb after it is the main
        # clause's and tells nothing of the expression.
        relative_close: int | None = None
        # ... and where a participle's clause after it begins ("ended a visit on Wednesday, saying
        # Russia must reform"): the verbs from there on tell that clause's own time.
        participle = _PARTICIPLE_CLAUSE_AFTER.match(self.text, end)
        participle_start = (
            None
            if participle is None
            else participle.start("verb")
            if participle.group("verb") is not None
            else participle.start("passive")
        )
        # ... and where such a clause opens, after its noun: "The ministers will discuss the pact,
        # which Germany proposed in April": the verbs before it are the main clause's too.
        relative_opened: int | None = None
        if (opened := relative_open(self.text, sentence_start, start)) and not (
            # (Not an event's holding, which the main verb dates: "The summit, held in Vilnius on
            # 28-29 November, is expected to be tense".)
            (participle := _ASIDE_FIRST_WORD.match(self.text, opened.start())) is not None
            and participle.group(1).lower() in _PARTICIPLES_OF_AN_EVENT
        ):
            comma = self.text.find(",", end, sentence_end)
            relative_close = comma if comma >= 0 else None
            # (Not a participle's aside: "a briefing was set for 10 a.m., followed by consultations
            # in the afternoon" is the plan's.)
            relative_opened = (
                opened.start() if _RELATIVE_PRONOUN_OPENS.match(self.text, opened.start()) else None
            )
        # ... and the relative clauses closed before the expression ("would push inflation, which
        # fell to 11 percent in 1997, sharply higher in the fall"): their verbs tell their own time.
        closed = (
            [m.span() for m in _CLOSED_RELATIVE.finditer(self.text, sentence_start, start)]
            if "," in self.text[sentence_start:start]
            else []
        )
        # ... and whether the expression stands in a clause that opens its sentence with a
        # conjunction or a preposition, before the comma that closes it (a place's region set off
        # by commas stays in the clause: "Under the agreement signed in Kumanovo, Macedonia, on
        # Wednesday, Yugoslav forces must leave").
        in_fronted_clause = low < high and bool(
            _FRONTED_SUBORDINATE.match(self.text, sentence_start)
            and "," not in _REGION_SET_OFF.sub("", self.text[sentence_start:start])
        )
        # ... and whether it stands in a relative clause of the subject, not set off by commas,
        # that has a verb of its own before it ("Union members who plan to march in the spring").
        # (Read only when a cue after the expression asks.)
        in_subject_relative: bool | None = None
        # A colon between clauses before the expression ("That may change: on Tuesday, the council
        # voted"), when a verb after it tells the expression's own clause (not a heading's: "The
        # forecast for the weekend: rain on Saturday").
        colon: int | None = None
        if ":" in self.text[sentence_start:start]:
            found = last_match(_CLAUSE_COLON, self.text, sentence_start, start)
            last_colon = None if found is None else found.start()
            if last_colon is not None and any(
                cue_start > last_colon and not _inside(cue_start, cue_end, start, end)
                for cue_start, cue_end, _, _ in self._cues[low:high]
                if cue_end <= sentence_end
            ):
                colon = last_colon
        for cue_start, cue_end, order, cue in self._cues[low:high]:
            if cue_end > sentence_end or (
                _inside(cue_start, cue_end, start, end) and not self._opens_deadline(start, cue_start)
            ):
                continue
            if cue_start >= end and (
                _NEXT_PREDICATE.search(self.text, end, cue_start)
                or self._past_predicate_between(end, cue_start)
                or (participle_start is not None and participle_start <= cue_start)
            ):
                # "called a march for Sunday and were hoping to ...": the verb of the next
                # predicate tells its own time.
                continue
            if relative_close is not None and cue_start > relative_close:
                continue
            if relative_opened is not None and cue_end <= relative_opened:
                continue
            if (
                cue == "future"
                and cue_start >= end
                and _FORECAST_OF_AN_OBJECT.match(self.text, cue_start, cue_end)
            ):
                # "In January, the company predicted a loss for the March quarter": a forecast of
                # what is to come dates the time after it; one before it is when it was made.
                continue
            if (
                cue_start >= end
                and (apposition := _DAY_APPOSITION_AFTER.match(self.text, end))
                and (cue_start < apposition.end())
            ):
                # "On 13 May 1958, the day the Assembly was to vote, crowds stormed the building":
                # the apposition tells what the day was for, not what happened on it.
                continue
            if (
                self.text.find(";", end, cue_start)
                if cue_start >= end
                else self.text.find(";", cue_end, start)
            ) >= 0 or (colon is not None and cue_end <= colon):
                # "want to question witnesses before the August recess; Democrats have demanded
                # more": a clause past a semicolon tells its own time.
                continue
            if any(low_end <= cue_start and cue_end <= high_end for low_end, high_end in closed):
                continue
            if cue_end <= start and (
                (cue == "ahead" and _DEADLINE_WORD.search(self.text, cue_end, start))
                or (
                    self.text.startswith(("set ", "sets "), cue_start)
                    and _DEADLINE_NOUN.search(self.text, cue_end, start)
                )
            ):
                # "set the January 15 deadline in late November": the deadline's day is ahead, not
                # a time told after its noun.
                continue
            if (
                cue == "plan"
                and cue_end <= start
                and _CALL_OF_SAYING_BETWEEN.search(self.text, cue_end, start) is not None
            ):
                # "urged China to help avert an escalation in a phone call with Premier Li Qiang on
                # Tuesday": the day of the call the order was given in, not of what it orders.
                continue
            if (
                cue_end <= start
                and self.text[cue_start:cue_end].lower() == "since"
                and _SINCE_CLOSED_BEFORE.match(self.text, cue_end, start)
            ):
                # "expects to take her first vacation since 1997: two weeks in February": "since"
                # dates its own phrase, which a comma or a colon has closed.
                continue
            if cue_start >= end and _PURPOSE_AFTER.match(self.text, end):
                # "met for three hours Tuesday afternoon to discuss the terms he will carry": a
                # purpose's clause after the expression tells its own time.
                continue
            if cue_start >= end and self._plans_ahead_of_it(cue_start, cue_end):
                # "On 5 January 1944 Eisenhower scheduled the landings for 5 June": the plan is of
                # the date after it; the day it was made on is told in the past.
                continue
            if (
                cue_end <= start
                and self.text.startswith(("since ", "Since "), cue_start)
                and "," in self.text[cue_end:start]
            ):
                # ("brings back its sing-along for the first time since 2019, at 3 p.m. Sunday":
                # "since" tells of its own time, which the comma closes.)
                continue
            if cue_start >= end and self.text.startswith(("since", "Since"), cue_start):
                # ("will give a news conference on Friday afternoon, his first since January 12":
                # "since" tells of the time after it, not of one before it.)
                continue
            if (
                cue_start >= end
                and (
                    conjunction := _SUBORDINATE_BETWEEN.search(self.text, max(end, cue_start - 60), cue_start)
                )
                and "," not in self.text[conjunction.end() : cue_start]
            ):
                # "announced his resignation on Friday, six months before his term was to end":
                # the clause a conjunction opens after the expression tells its own time.
                continue
            if cue_start >= end and (
                _RELATIVE_PRONOUN_BEFORE.search(self.text, max(end, cue_start - 12), cue_start)
                # ... and further on in it: "faces trial in July for violence in which 1,000
                # people were killed".
                or _RELATIVE_OPENED_BEFORE.search(self.text, max(end, cue_start - 60), cue_start)
            ):
                # "He faces trial in July over violence that followed the election": a relative
                # clause after the expression tells of its noun.
                continue
            if cue_end <= start and PRESENT_PREDICATE_BETWEEN.search(self.text, cue_end, start):
                # "The measure was signed last year and takes effect in the spring": a predicate of
                # its own in the present, between the past verb and the expression, tells its time.
                continue
            if cue_start >= end and _CLAUSE_OF_ITS_OWN_BETWEEN.search(self.text, end, cue_start):
                # "He answered every question on Wednesday and he will do the same on Monday": a
                # clause with a subject of its own after the expression tells its own time.
                continue
            if cue_start >= end and _IN_A_PAST_RELATIVE.search(self.text, max(0, start - 100), start):
                # "A storm that dumped a foot of snow on Ohio on Tuesday is expected to reach New
                # England": the day is the relative clause's, told in its past, not the main
                # clause's after it.
                continue
            if cue_start >= end and _SAID_BETWEEN.search(self.text, end, cue_start):
                # "Kenyatta, in a televised address on Sunday night, said the attackers 'may run'":
                # what was said after the day is told in its own time, not the day's.
                continue
            if cue_start >= end and _THAT_BETWEEN.match(self.text, end, cue_start):
                # "He said in an interview on Sunday that it could take years": the clause that
                # "that" opens is what was said, told in its own time, not the day it was said;
                # so is a relative clause right after the expression ("passed a relief package
                # late Monday that would send checks").
                continue
            tense = _tense_of(cue, after=cue_end <= start)
            distance = _distance(cue_start, cue_end, start, end)
            if (
                cue == "future"
                and cue_start >= end
                # (... or with a place between: "Diplomats noted that midnight Jan. 15 in New York
                # will be 8 a.m. Jan. 16 in Baghdad".)
                and (
                    not self.text[end:cue_start].strip()
                    or _PLACE_BETWEEN.fullmatch(self.text, end, cue_start)
                    # ("Officials said the autumn harvest will be reduced": the noun the date is
                    # the adjective of, the subject.)
                    or (
                        _NOUN_OF_THE_DATE_BETWEEN.fullmatch(self.text, end, cue_start)
                        and _SAID_THE_JUST_BEFORE.search(self.text, max(0, start - 36), start)
                    )
                )
                and (
                    _SAID_JUST_BEFORE.search(self.text, max(0, start - 36), start)
                    # ... or of a clause "and" opens: '"It was a lousy Christmas, and January isn't
                    # going to be any better," he said'.
                    or (
                        not self.text[end:cue_start].strip()
                        and _CLAUSE_AND_JUST_BEFORE.search(self.text, max(0, start - 8), start)
                    )
                )
            ):
                # "Analysts said January would be critical": the expression is the subject of
                # what was said, and its own verb tells its time, not the verb of saying.
                distance = 0
            if cue_start >= end and in_subject_relative is None:
                in_subject_relative = (
                    _SUBJECT_RELATIVE_BEFORE.fullmatch(self.text, sentence_start, start) is not None
                )
            if cue_start >= end and in_subject_relative:
                # "Parents who plan to protest on Friday said the board ignored them": the main
                # verb after a subject's relative clause tells its own time, not the clause's.
                distance += _CLAUSE_JOIN_PENALTY
            if in_fronted_clause and cue_start >= end and "," in self.text[end:cue_start]:
                # "As China prepares to celebrate the anniversary on Friday, officials are looking
                # back": the clause a conjunction fronts tells its own time, if it has a verb
                # that does; the main clause after its comma tells the main clause's.
                distance += _CLAUSE_JOIN_PENALTY
            if (cue_end <= start and _CLAUSE_JOIN.search(self.text, cue_end, start)) or (
                cue_start >= end and _CLAUSE_JOIN.search(self.text, end, cue_start)
            ):
                # "The junta decided to act, and on 2 April forces landed": the clause the
                # expression opens tells its own time, if it has a verb that does; so does the
                # clause it ends ("raised its rate on Feb. 24, and many dealers expect ...").
                distance += _CLAUSE_JOIN_PENALTY
            if (
                cue_start >= end
                and self.text[cue_start:cue_end].lower() in _ATTRIBUTION_VERBS
                and (gap := _ATTRIBUTION_GAP.fullmatch(self.text, end, cue_start))
                # ("Clinton, speaking on Tuesday, said Iraq must comply": the expression is in an
                # aside between the subject and its verb, which is the main one, no attribution.)
                and not _ASIDE_AFTER_SUBJECT.fullmatch(self.text, sentence_start, start)
                # (The verb right after the comma, "..., said Ms. Lee of the agency", can only
                # be an attribution, whatever follows it.)
                # (... or right after the quotation closes: '"...," said one negotiator'.)
                and (
                    gap.group(0).endswith((", ", ",” ", '," ', ",'' "))
                    or _ATTRIBUTION_END.match(self.text, cue_end)
                )
            ):
                if _QUOTATION_CLOSES.search(gap.group(0)):
                    # '"I don't see much improvement until the fall," said David Healy': the
                    # quotation tells its own time, or none; the saying is no verb of it.
                    continue
                distance += _ATTRIBUTION_PENALTY
            if (
                cue_end <= start
                and self.text.startswith(",", cue_end)
                and self.text[cue_start:cue_end].lower() in _ATTRIBUTION_VERBS
                and _ASIDE_AFTER.match(self.text, cue_end)
                and _ASIDE_BEFORE.search(self.text, max(sentence_start, cue_start - 48), cue_start)
            ):
                # "The storm will arrive Friday, officials said, bringing snow by Saturday": an
                # attribution set off by commas tells nothing of the clause it interrupts.
                distance += _ATTRIBUTION_PENALTY
            if (
                cue_end <= start
                and start - cue_end <= _ASIDE_REACH
                and self.text.find(",", cue_end, start) >= 0
                and _ASIDE_CLOSES_BEFORE_EXPRESSION.fullmatch(self.text, cue_end, start)
                and _ASIDE_OPENS_BEFORE.search(self.text, max(sentence_start, cue_start - 40), cue_start)
            ):
                # "It will release the report, originally due Oct. 4, on Tuesday": an aside set
                # off by commas before the expression tells its own time, not the clause's.
                distance += _ATTRIBUTION_PENALTY
            if (
                cue_start >= end
                and self.text.startswith(",", end)
                and _RELATIVE_AFTER.match(self.text, end, cue_start)
            ):
                # "will attend a memorial service on Tuesday, where the victims lived": a relative
                # clause after the expression tells its own time.
                distance += _ATTRIBUTION_PENALTY
            key = (distance, order, cue_start)
            if tense is not None and (best is None or key < best):
                best, best_tense = key, tense
        return best_tense


#: Past forms that open a hyphened compound ("left-back", "set-up", "cut-off", "hit-and-run").
_HYPHENED_POSITIONS = frozenset({"left", "set", "cut", "put", "hit", "read", "run", "shut", "built", "made"})
#: A purpose's infinitive right after an expression: " to discuss".
_PURPOSE_AFTER = re.compile(r",?\s+(?:in\s+order\s+)?to\s+(?!the\b)(?-i:[a-z]{3,})\b")
#: A count of hours or minutes right before a word: "an hour ", "30 minutes ".
_HOURS_BEFORE = re.compile(r"\b(?:an?|one|two|three|[0-9]+)\s+(?:minutes?|hours?)\s+\Z", re.IGNORECASE)
#: The occasion an order or a request was given on, before its day: "in a phone call with Premier
#: Li Qiang on ", "in a statement on ".
_CALL_OF_SAYING_BETWEEN = re.compile(
    r"\b(?:in|during)\s+(?:an?|the|his|her|their)\s+(?:(?:phone|telephone|video)\s+(?:call|conversation)|call"
    r"|meeting|statement|letter|interview|speech|address|news\s+conference)\b[^.;:!?]{0,60}\Z"
)
#: A forecast or a wish with its object, a cue for the time after it only: "predicted a loss ".
_FORECAST_OF_AN_OBJECT = re.compile(r"(?:forecast|predicted|wanted|wants)\s+[\w'’-]", re.IGNORECASE)
#: A colon between clauses (not a clock's: "10:30"): "That may change: on Tuesday, the council
#: voted" tells its own time after it.
_CLAUSE_COLON = re.compile(r"(?<![0-9]):(?![0-9])")


#: A relative clause opened by its pronoun: ", which", ", who".
_RELATIVE_PRONOUN_OPENS = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:[\w.'’-]+\s+){1,5}?(?=who\b))?(?:who|which|whose)\b"
)


def relative_open(text: str, low: int, high: int) -> re.Match[str] | None:
    """:data:`RELATIVE_OPEN` in ``text[low:high]``, unless what it takes for a participle's aside
    is the main verb back after a relative clause: "The stock, which traded at $50 in April 2015,
    closed at $16.44 on" (not "Security, tightened after a bomb threat on").

    >>> relative_open("Bush, who nominated Thomas on", 0, 29) is not None
    True
    >>> relative_open("The stock, which traded at $50 in April 2015, closed at $16.44 on", 0, 66) is None
    True
    """
    found = RELATIVE_OPEN.search(text, low, high)
    if found is None or _RELATIVE_PRONOUN_OPENS.match(text, found.start()):
        return found
    if _RELATIVE_PRONOUN_OPENS.search(text, low, found.start()):
        return None
    return found


def last_match(pattern: re.Pattern[str], text: str, low: int, high: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[low:high]`` (``None`` if there is none).

    >>> last_match(re.compile("a"), "banana", 0, 6).start()
    5
    """
    found = None
    for found in pattern.finditer(text, low, high):  # noqa: B007 (the loop keeps the last)
        pass
    return found


#: An apposition that says what a date was: ", the day the Assembly was to vote,".
_DAY_APPOSITION_AFTER = re.compile(
    # ("At 9:42 p.m., the minute the old gauge stopped working, a bell will ring".)
    r",\s+the\s+(?:same\s+|very\s+|exact\s+)?(?:day|night|morning|evening|week|month|year|date|minute|hour|moment"
    r"|instant)\s[^,.;:!?]{1,80},"
)
_RELATIVE_PRONOUN_BEFORE = re.compile(r"(?<=[a-z])\s+(?:that|which|who)\s+\Z")
_RELATIVE_OPENED_BEFORE = re.compile(
    r"(?<=[a-z])\s+(?:(?:in|on|at|by|of|from|with|during)\s+)?(?:which|whom|whose)\s(?:[^,;:]|(?<=[0-9]),(?=[0-9]))*\Z"
    # ("plan to dedicate a playground in May, on what would have been his birthday".)
    r"|,\s+(?:(?:in|on|at|by)\s+)?what\s(?:[^,;:]|(?<=[0-9]),(?=[0-9]))*\Z"
    # ... and a place's: "met his advisers Thursday morning before flying to Aspen, where he was
    # to speak".
    r"|(?<=[a-z]),\s+where\s[^,;:]*\Z"
)
#: A second predicate in the present, after "and": "and takes effect", "and runs through".
PRESENT_PREDICATE_BETWEEN = re.compile(
    r"\b(?:and|but)\s+(?:then\s+|also\s+|now\s+)?(?:takes|runs|begins|starts|ends|expires|opens|closes|lasts|"
    r"continues|remains|returns|resumes|applies|comes|goes|kicks)\b"
)
#: A coordinate clause with its own subject: "and he will", ", but they".
_CLAUSE_OF_ITS_OWN_BETWEEN = re.compile(r",?\s+(?:and|but)\s+(?:he|she|they|we|I|you)\b")
#: A relative clause in the past that an expression stands in: "that dumped a foot of snow on"
#: (the pronoun and the verb right after it, no comma before the expression).
_IN_A_PAST_RELATIVE = re.compile(
    r"(?<=[a-z])\s+(?:that|which|who)\s+(?:\w+ly\s+)?(?:(?!(?:need|speed|feed|seed|bleed|breed|proceed|"
    r"succeed|exceed)\b)[a-z]{2,}ed"
    # ... and an irregular past: "several Republicans who lost their seats in the Nov. 3 election
    # will be gone".
    r"|(?:"
    + "|".join(
        sorted(
            word
            for word in en.PAST_VERBS_STRICT
            if word.isalpha()
            and word
            not in (
                "ago",
                "earlier",
                "formerly",
                "previously",
                "since",
                "yesterday",
                "had",
                "was",
                "were",
                "said",
            )
        )
    )
    + r"))\b[^,;:.!?()]*\Z"
)
#: A participle right after a noun of figures, before the expression it dates: "polls released
#: this week", "data published on Tuesday" (not "will be released", "due to be published").
_REPORT_RELEASED_BEFORE = re.compile(
    r"\b(?-i:polls?|figures|data|numbers|statistics|results|surveys?|reports?|estimates|forecasts?|minutes"
    r"|guidance|outlook|targets?|photos?|photographs?|pictures?|images?|videos?|footage|samples?)"
    # ("up from its previous forecast of $1.78 to $1.86 given in May": with its figures between.)
    r"(?:\s+of\s+(?:[^.;:!?]|\.(?=[0-9])){1,40}?)?"
    r"\s+(?:released|published|issued|compiled|posted|given|made|set"
    # ("A poll taken Friday puts him ahead", "a survey conducted last week".)
    r"|taken|conducted|carried\s+out|completed)\s+(?:on\s+|in\s+|earlier\s+|late\s+)?\Z"
)
#: A place's region set off by commas: ", Macedonia,".
_REGION_SET_OFF = re.compile(r",\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?,")
#: An order's verb opening a quotation: '"March with us', '"Ask me'.
_ORDER_OPENS_QUOTE = re.compile(
    r"[\"“](?P<cue>(?:March|Come|Join|Vote|Call|Meet|Bring|Ask|Wait|Turn\s+out|Show\s+up|Don't\s+miss))\b(?!\s+\d)"
)
#: Places that open and close by a timetable, in the present: "Polls open", "the gates open".
_PLACES_OPEN = re.compile(
    r"\b(?-i:[Pp]olls|[Pp]olling\s+stations|[Gg]ates|[Dd]oors)\s+(?P<cue>open|close|reopen)\b"
)
#: A modal's clause up to "starting" or "beginning" before a weekday: "could be furloughed
#: starting Tuesday".
_MODAL_STARTING_DAY = re.compile(
    r"\b(?:will|would|could|may|might|can|shall)\s[^.;:!?]{0,60}?\b(?P<cue>starting|beginning)\s+(?:on\s+)?"
    r"(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
)
#: The last of several times, gone by: "most recently in August", "most recently on Monday".
_MOST_RECENTLY = re.compile(r"\bmost\s+recently\s+(?:in|on|at|during)\b", re.IGNORECASE)
#: A subordinate clause that opens a sentence: "As China prepares to ..., officials ...".
_FRONTED_SUBORDINATE = re.compile(
    r"\s*[\"'“‘(]*(?:As|When|While|Before|After|Until|Once|Although|Though|Because|If|Unless"
    # ... and a phrase a preposition fronts: "Under the accord signed in Washington on October 23,
    # Israel is to pull out".
    r"|Under|Following|Despite|Amid|Since|Unlike)\s"
)
#: A conjunction that opens a clause of its own after an expression (its verb with no comma
#: between: "after the anniversary, a bombing killed" puts the verb in the main clause).
#: ("on Wednesday, his first address since the war ended": "since" too; so "once", "if", "unless":
#: "will come into force on Saturday, once published", "will close on Friday if approved".)
# ("to close by the end of September, three months earlier than it had forecast": a comparison's
# clause too.)
_SUBORDINATE_BETWEEN = re.compile(
    r"\b(?:before|after|until|till|because|although|though|since|once|if|unless"
    # ... and a comparison with a time gone by: "will visit the White House on Tuesday, as they did
    # in 2012".
    # (The search ends at the verb: the subject is the last word before it.)
    r"|as(?=\s+(?:it|they|he|she|we|i|you)\s+\Z)"
    # (Not a count's "than", no clause: "By December, fewer than half had found other work".)
    r"|than(?!\s+(?:half|a\s+(?:third|quarter|fifth|tenth|dozen|hundred|thousand|million)|[0-9]|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+few|several|hundreds|thousands|dozens)\b))\s",
    re.IGNORECASE,
)
#: A verb of saying just before an expression that is the subject of what was said.
#: (... after the subject's noun too: "said lows overnight could reach 5 degrees".)
_SAID_JUST_BEFORE = re.compile(
    r"\b(?:said|says|say|predicted|warned|believed?|believes|noted|notes|added|argued|argues|announced"
    r"|announces|declared|declares)\s+(?:that\s+)?"
    # ("Boehner said that a vote on Thursday would be close": the subject's noun, of that day.)
    r"(?:(?:the\s+)?[a-z]+\s+|(?:an?|the)\s+[a-z]+\s+(?:on|in)\s+)?\Z"
)
#: A clause joined by "and" or "but" after a comma or a semicolon, opening just before: ", and ".
_CLAUSE_AND_JUST_BEFORE = re.compile(r"(?:[,;]\s+(?:and|but)|;)\s+\Z")
#: ... and the article of the noun a date is the adjective of: "said the ", "warned that the ".
_SAID_THE_JUST_BEFORE = re.compile(r"\b(?:said|says|warned|predicted|noted|added)\s+(?:that\s+)?the\s+\Z")
#: The noun a date is the adjective of, before the verb of its clause: " harvest ", " grain crop ".
_NOUN_OF_THE_DATE_BETWEEN = re.compile(r"\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*))?\s+")
#: "that" opening what was said, or a relative clause, right after an expression ("said on Sunday
#: that ...", "a package late Monday that would ...").
_THAT_BETWEEN = re.compile(r",?\s+that\b")
#: A verb of saying between an expression and a cue after it.
_SAID_BETWEEN = re.compile(
    # ("Gates, in his keynote on Sunday night, predicted that within a decade most homes would be
    # connected".)
    r"\b(?:said|says|told|tells|predicted|predicts|warned|warns|argued|argues|insisted|insists|declared"
    r"|claimed|claims|noted|notes|added|adds)\b"
)
#: Planning verbs whose past, active, sets a time for what comes after them.
_PLANNING_PAST = frozenset({"scheduled", "rescheduled"})
#: Only the cues of an expression's sentence decide its tense. The text read around a sentence
#: covers what a cue needs beyond it: a match begun before the sentence reaches at most
#: ``_CUE_REACH`` characters into it, and the day a timetable verb is found from lies up to
#: ``_SCHEDULE_WINDOW`` after the verb ("meets Monday", "votes on September 30").
_CUE_REACH = 60
_BEFORE_SENTENCE = _CUE_REACH
_AFTER_SENTENCE = max(_CUE_REACH, _SCHEDULE_WINDOW + len("September 30") + 1)


def _regions(text: str, sentences: Iterable[tuple[int, int]] | None) -> list[tuple[int, int]]:
    """The stretches of ``text`` whose cues can matter: all of it, or the merged neighbourhoods
    of the ``sentences`` that ask (their bounds)."""
    if sentences is None:
        return [(0, len(text))]
    regions: list[tuple[int, int]] = []
    for start, end in sorted(sentences):
        low, high = max(0, start - _BEFORE_SENTENCE), min(len(text), end + _AFTER_SENTENCE)
        if regions and low <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], high))
        else:
            regions.append((low, high))
    return regions


def _opened_matches(text: str, low: int, high: int) -> list[list[re.Match[str]]]:
    """The matches of each pattern of :data:`_OPENED` in ``text[low:high]`` (a list for each, in
    the order of :data:`_OPENED`), as its ``finditer`` finds them (in order, none overlapping
    another of the same pattern), tried only where one of its words stands.

    (The lists are found by the patterns' places in :data:`_OPENED`, not in a dict keyed by the
    patterns: a compiled pattern's hash is not cached, and hashes its whole compiled code, some
    microseconds for the long ones, at every word that opens one.)"""
    before = max(0, low - 1)  # (a character before the stretch, for the look-behind)
    stretch = text[before:high]
    if _FOLDS_ODDLY.search(stretch):
        # (Lower-cased, the stretch would not line up with the text, or the words would miss a
        # letter the patterns' case folding matches.)
        return [list(pattern.finditer(text, low, high)) for pattern, _ in _OPENED]
    found: list[list[re.Match[str]]] = [[] for _ in _OPENED]
    for opener in _OPENER.finditer(stretch.lower(), low - before):
        word = opener.group(0)
        start = before + opener.start()
        for number, pattern in _OPENED_BY_NUMBER if word[0].isdigit() else _OPENED_BY[word]:
            matches = found[number]
            if matches and start < matches[-1].end():
                continue  # (inside the pattern's previous match, where finditer does not look)
            match = pattern.match(text, start, high)
            if match:
                matches.append(match)
    return found


#: A past verb, then a temporal clause's conjunction and its subject, before "could": "carried
#: their boats south for twelve days before they could".
_PAST_ABILITY_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|had|took|spent|went|came|drifted|waited)\b[^.;:!?]{0,60}?"
    r"\b(?:before|until|till)\s+(?:they|he|she|it|we|I|the\s+[a-z]+)\s+\Z"
    # ... and after a past clause, nobody could: "turned gray at noon, and by evening nobody in town
    # could see across Main Street".
    r"|\b(?:[a-z]{3,}ed|was|were|had)\b[^.;:!?]{0,60}?\b(?:nobody|no\s+one)\b[^.;:!?,]{0,20}\Z"
)


def _find_cues(text: str, low: int, high: int, cues: list[tuple[int, int, int, _Cue]]) -> None:
    """Append the tense cues of ``text[low:high]`` (read in the whole text) to ``cues``."""
    # (In the order of _OPENED.)
    (
        future_phrases,
        untils,
        on_dates,
        arrives_after,
        present_perfects,
        pronoun_pasts,
        scheduled_days,
    ) = _opened_matches(text, low, high)
    for match in future_phrases:
        if match.group(0)[:6].lower() == "could " and _PAST_ABILITY_BEFORE.search(
            text, max(0, match.start() - 90), match.start()
        ):
            # "the ice carried their boats south for twelve days before they could land at Umivik
            # on 10 August": what one could do at last, after a past main clause, is a past ability.
            continue
        if (
            (
                match.group(0) == "due"
                # ... and a plan the clause's past verb tells was overtaken: "His inauguration,
                # scheduled for January 10, was postponed".
                or (
                    match.group(0).lower() == "scheduled"
                    and text.startswith(" for ", match.end())
                    and _ASIDE_CLOSES_BEFORE_A_PAST.match(text, match.end())
                )
                # ... or a first plan set off before a clause of what may still be done: "The
                # summit, originally scheduled for the fall, may be moved up".
                or (
                    _FIRST_PLAN_OPENS_BEFORE.search(text, max(0, match.start() - 16), match.start())
                    and _ASIDE_CLOSES_BEFORE_A_MODAL.match(text, match.end())
                )
            )
            # (Past the adverb of a first plan too: ", originally scheduled for".)
            and _PLAN_ASIDE_OPENS_BEFORE.search(text, max(0, match.start() - 16), match.start())
            # ("The Tokyo Olympics, due to open on July 24, said": what is to be done too.)
            and not text.startswith((" to ", " out ", " by "), match.end())
            # (Not at the end of its sentence, with no verb after it to tell the time: "reports
            # include November housing starts, due Wednesday.")
            and _ASIDE_CLOSES.match(text, match.end())
            # (Nor of an object whose verb is to come: "Investors will watch for the GDP estimate,
            # due Wednesday, and a report on income, due Friday.")
            and not _MODAL_VERB_BEFORE.search(text, sentence_bounds(text, match.start())[0], match.start())
        ):
            # An aside of the subject's ("The jobs report, due on Oct. 4, was delayed", "The vote,
            # scheduled for Jan. 10, was postponed"): when it fell due is for the clause's own verb
            # to tell, past or future. (Not "The report, due to be published on Wednesday, warns",
            # "the jobs report, due out Friday", "the Olympics, due to open on July 24, said": what
            # is to be done is still to come.)
            continue
        if match.group(0) == "due" and _SECURITY_DUE.search(
            text, max(0, match.start() - 30), match.end() + 12
        ):
            # "The benchmark FRB bond due in 2005 rose 1.25 cents on Friday": a security's maturity,
            # its name, not a plan of the clause.
            continue
        # "had been scheduled to close Monday": a plan that was overtaken, of the past; so is one
        # told in the pluperfect ("Kidnappers had threatened to kill the hostages by Sunday").
        planned_before = _PLUPERFECT_BEFORE.search(text, max(0, match.start() - 40), match.start()) or (
            _HAD_BEFORE.search(text, max(0, match.start() - 6), match.start())
            # ("The execution had been set for May 16th": a plan the pluperfect tells.)
            if _PAST_PLAN.fullmatch(match.group(0)) or match.group(0).lower().startswith("been ")
            else None
        )
        if match.group(0) == "due" and _previous_word(text, match.start())[0] in _PAST_PASSIVE:
            # "The report was due on May 15": when it fell due, seen from a past moment, is
            # dated as the past clause's own time (a day just ahead stays within the margin).
            planned_before = match
        cue: _Cue = "past" if planned_before else "future"
        if (
            _FORECAST_VERB.fullmatch(match.group(0))
            and _previous_word(text, match.start())[0] in _NOT_A_SUBJECT
            # (Not the imperative opening a sentence: "Expect rain through Thursday.")
            and not (match.group(0) == "Expect" and _previous_word(text, match.start())[0] == "")
        ):
            # "The forecast for Tuesday": a noun.
            continue
        if match.group(0) == "forecast" and _APPOSITION_CLOSED_BEFORE.search(
            text, max(0, match.start() - 3), match.start()
        ):
            # "on the morning of 4 June the chief meteorologist, Group Captain James Stagg, forecast
            # a storm": the past tense after its subject's apposition, no forecast still to come.
            cues.append((match.start(), match.end(), 0, "past"))
            continue
        if (
            match.group(0).lower() == "expected to"
            # (Not a plan the pluperfect tells was overtaken: "The sale had been expected to close by
            # the end of the third quarter".)
            and not planned_before
            and _previous_word(text, match.start())[0] not in _SUBJECT_PRONOUNS
            # ("He said the company expected to close the deal in January": a plan of a company's.)
            and _previous_word(text, match.start())[0] not in _PLANNING_BODIES
        ):
            # "it expected to cut costs by 2017" is a plan; "The deal, expected to close in the
            # first half" a participle that tells no time of the clause's verb, only of what it
            # says is to come ("agreed to a deal expected to close by midyear").
            cues.append((match.start(), match.end(), 0, "ahead"))
            continue
        if match.group(0)[:4].lower() == "must" and _REPORTED_THAT_BEFORE.search(
            text, max(0, match.start() - 80), match.start()
        ):
            # "had ruled that Elian must be returned ... and set Friday as the deadline": an
            # obligation reported in the past tells nothing of the days after it.
            continue
        if not planned_before and _DIRECTIVE.match(match.group(0)):
            cue = "plan"
        elif match.group(0).lower() == "effective" and _COMMA_JUST_BEFORE.search(
            text, max(0, match.start() - 3), match.start()
        ):
            # ("Habibie declared martial law on Tuesday, effective at 12:01 a.m. Wednesday": when a
            # measure set off after its day takes effect lies ahead; the day it was declared on
            # keeps its clause's time.)
            cue = "ahead"
        elif match.group(0).lower().startswith("threatening "):
            # ("Ministers face a rebellion on Monday, with 40 backbenchers threatening to vote
            # against": what is threatened lies ahead; the clause before keeps its own time.)
            cue = "ahead"
        elif not planned_before and _PAST_PLAN.fullmatch(match.group(0)):
            # "agreed to a truce" is no plan; "On Friday, the board decided to sell": the
            # decision is what Friday dates, a plan only for what the infinitive says after.
            cue = "past" if _DETERMINER_AFTER.match(text, match.end()) else "plan"
        elif match.group(0).lower().startswith("invit"):
            cue = "ahead"
        elif not planned_before and _WAY_CLEARED_IN_THE_PAST.fullmatch(match.group(0)):
            # "The court on Wednesday cleared the way for the extradition": the clearing is what
            # Wednesday dates; only what it cleared the way for is to come.
            cue = "plan"
        elif not planned_before and (
            match.group(0).startswith(("voted ", "expected "))
            or (match.group(0).startswith("set ") and not match.group(0).startswith("set to"))
        ):
            # "On Saturday, parliament voted to hold elections on May 25", "In January, the board
            # set the vote for March 1": the vote or the setting is past, what it set is to come.
            cue = "plan"
        elif not planned_before and _FIXED_IN_THE_PAST.fullmatch(match.group(0)):
            # "In February 1960 independence was set for June 30": the date after is the plan's,
            # the one before when it was fixed.
            cue = "plan"
        cues.append((match.start(), match.end(), 0, cue))
    for until in untils:
        if not _TIME_AFTER_UNTIL.match(text, until.end()):
            # ("the panel went through the bank records": no time it runs to.)
            continue
        deadline = _DEADLINE_BEFORE.search(text, max(0, until.start() - _DEADLINE_WINDOW), until.start())
        # "has ... until" covers "until" and "till", not "through".
        if deadline and deadline.group("has") and until.group(0).lower() == "through":
            # "has postponed all games through Sunday": the verb after "has" may set the deadline.
            deadline = _DEADLINE_BEFORE.search(text, deadline.end("has"), until.start())
        if deadline and (
            _PLUPERFECT_BEFORE.search(text, max(0, deadline.start() - 40), deadline.start())
            or _HAD_BEFORE.search(text, max(0, deadline.start() - 6), deadline.start())
        ):
            # "had been given until Sept. 30", "Bush had given Iraq until noon Saturday": a
            # deadline told in the pluperfect is one gone by.
            cues.append((until.start(), until.end(), 0, "past"))
        elif deadline and not (deadline.group("has") and until.group(0).lower() == "through"):
            # Ahead only: in "the fair runs March 5 through March 9" the span's start is not
            # pushed to the next year by the deadline its end sets.
            cues.append((until.start(), until.end(), 0, "ahead"))
            start_of_span = _FROM_IN_SPAN.search(text, deadline.start(), until.start())
            if (
                start_of_span is not None
                and deadline.group("has") is None
                and _PAST_DEADLINE_VERB.match(text, deadline.start())
                # (Not a span a clause of saying ends: "suspended all flights from 9pm on Monday
                # and said they would not reopen until 10am today".)
                and not _SAID_BETWEEN.search(text, start_of_span.end(), until.start())
            ):
                # "issued a warning from 6 p.m. Thursday until noon Saturday": what a past verb set
                # to hold up to a day ahead holds from one ahead too (a span in the present, "the
                # fair runs from March 5 through March 9", may have begun).
                cues.append((start_of_span.start(), start_of_span.end(), 0, "ahead"))
    _find_rare_cues(text, low, high, cues)
    for day in scheduled_days:
        window = max(0, day.start() - _SCHEDULE_WINDOW)
        if day.group("month"):
            schedule = _SCHEDULED_IN_MONTH.search(text, window, day.start())
            if (
                schedule
                and _previous_word(text, schedule.start())[0] not in _NOT_SCHEDULE_AFTER
                and not _is_name_word(text, schedule.start("verb"))
                # ("survived a committee vote in November": a noun after its article.)
                and not _noun_after_article(text, schedule)
            ):
                cues.append((schedule.start("verb"), schedule.end("verb"), 2, "future"))
            continue
        if _FRONTED_DAY_BEFORE.search(text, max(0, day.start() - 24), day.start()):
            fronted = _SCHEDULED_AFTER_FRONTED_DAY.match(text, day.end())
            if fronted is not None:
                verb = "verb" if fronted.group("verb") is not None else "due"
                # ("is due" before the present "is" it holds, at the same place.)
                cues.append((fronted.start(verb), fronted.end(verb), 2 if verb == "verb" else 1, "future"))
        schedule = _SCHEDULED_BEFORE.search(text, window, day.start())
        if schedule and not _is_name_word(text, schedule.start("verb")):
            previous, _ = _previous_word(text, schedule.start())
            # ("held an inconclusive vote on May 6", "after a close vote on Friday": a noun; so
            # is the object of a past verb: "Kenya counted votes from Monday's election".)
            if (
                (
                    previous not in _NOT_SCHEDULE_AFTER
                    or (
                        previous in _ADJECTIVES_OF_A_SESSION
                        and (
                            schedule.group("verb").lower().startswith(("is ", "are "))
                            # ("The final starts at 9 p.m. on Sunday": the noun, its verb's "-s".)
                            or schedule.group("verb").split()[0].lower().endswith("s")
                        )
                    )
                )
                and not _noun_after_article(text, schedule)
                # ("The House last held votes on Sept. 19": an irregular past's object too.)
                and not (may_be_past(previous) and schedule.group("verb").lower().endswith("s"))
                # ("The committee's vote Saturday was 21-16": a possessive's noun.)
                and not _POSSESSIVE_JUST_BEFORE.search(text, max(0, schedule.start() - 3), schedule.start())
                # (A fair "runs" on its weekdays; "The fair runs March 5 through March 9", written on
                # March 14, may have run.)
                and not (
                    schedule.group("verb").lower() == "runs" and not day.group(0).lower().endswith("day")
                )
            ):
                cues.append((schedule.start("verb"), schedule.end("verb"), 2, "future"))
        elif FIXTURE_AFTER.match(text, day.end()):
            schedule = _SCHEDULED_IN_BEFORE.search(text, window, day.start())
            if schedule and _previous_word(text, schedule.start())[0] not in _NOT_SCHEDULE_AFTER:
                cues.append((schedule.start("verb"), schedule.end("verb"), 2, "future"))
        plan = _PLANNED_BEFORE.search(text, window, day.start())
        if plan:
            verb = next(
                name
                for name in ("verb", "verb_in", "promise", "urge", "includes", "verb_for")
                if plan.group(name)
            )
            # (A plan "for" an hour and its day reaches the day: "scheduled for 10:00 am (0700
            # GMT) on Sunday".)
            cues.append(
                (plan.start(verb), plan.end() if plan.group("at_hour") else plan.end(verb), 2, "future")
            )
            if plan.group("at_hour"):
                # ... and the hour itself, when the day is read with it ("set for noon Eastern time
                # Monday" is one expression, which the cue above reaches into).
                cues.append((plan.start(verb), plan.start("at_hour"), 2, "future"))
        fixture = _FIXTURE_BEFORE.search(text, window, day.start()) or _MEETS_WHOM_BEFORE.search(
            text, window, day.start()
        )
        if fixture:
            previous, _ = _previous_word(text, fixture.start())
            # ("ended a two-day visit on Wednesday": a noun after its article and adjective; so
            # after a possessive, "Gorbachev's visit May 15".)
            if (
                previous not in _NOT_SCHEDULE_AFTER
                and not previous.endswith(("'s", "’s"))
                and not _noun_after_article(text, fixture)
            ):
                verb = "verb" if fixture.group("verb") is not None else "verb_place"
                cues.append((fixture.start(verb), fixture.end(verb), 2, "future"))
        obliged = (
            _OBLIGED_BEFORE.search(text, window, day.start())
            or _COMES_BEFORE.search(text, window, day.start())
            or _CONVENED_FOR_BEFORE.search(text, window, day.start())
        )
        if obliged:
            group = "verb" if obliged.group("verb") is not None else "verb_on"
            cues.append((obliged.start(group), obliged.end(group), 2, "future"))
    cues.extend(
        (m.start(), m.end(), 0, "ahead")
        for m in on_dates
        # (Only a bare "is Monday": "it is on Monday", "it is at noon on Monday" keep their cue.)
        if m.group(0).lower() not in ("is ", "are ")
        or text.startswith("at ", m.end())
        or _previous_word(text, m.start())[0] not in _NOT_AHEAD_SUBJECTS
    )
    # (The cue is "before" itself: next to the time, nearer than the main verb.)
    cues.extend((m.start(), m.start() + len("before"), 0, "future") for m in arrives_after)
    # The present perfect tells of what has happened: "have collected proof in the June
    # robbery" looks back like the past tense.
    cues.extend((m.start(), m.end(), 1, "past") for m in present_perfects)
    for match in pronoun_pasts:
        previous, _ = _previous_word(text, match.start())
        if previous not in _NOT_PAST_BEFORE_PRONOUN:
            cues.append((match.start("verb"), match.end("verb"), 2, "past"))
    for match in _RELATIVE_PRESENT.finditer(text, low, high):
        # "Lowe, who retires at the end of the year", "the seniors, who graduate Saturday", "the
        # contract, which takes effect at the end of the month": a relative clause's verb in the
        # present tells the clause's own time, whatever the main clause's is.
        group = "verb" if match.group("verb") else "lasting"
        verb = match.group(group)
        if (
            verb not in _NOT_PRESENT_AFTER_RELATIVE
            and not may_be_past(verb)
            and verb not in en.INVARIANT_PAST
        ):
            # ("Rival Kessler, which reports on Tuesday, said last week": a timetable's present, of
            # what is still to come.)
            cues.append(
                (match.start(group), match.end(group), 2, "future" if verb in _TIMETABLE_VERBS else "present")
            )
    for start, end, word in _cue_words(text, low, high):
        lower = word.lower()
        if lower == "earlier" and (
            _THAN_AFTER.match(text, end)
            # ("could open an hour earlier in July": a schedule moved, no past.)
            or (text.startswith(" in ", end) and _HOURS_BEFORE.search(text, max(0, start - 16), start))
        ):
            # "will return on Wednesday, two days earlier than planned": a comparison, no past.
            continue
        if lower in _HYPHENED_POSITIONS and text.startswith("-", end):
            # "whether left-back Danny Price leaves": a word of a compound, no verb.
            continue
        if lower == "left" and _TIME_LEFT_BEFORE.search(text, max(0, start - 12), start):
            # "less than three weeks left before Election Day": the time that remains, no past.
            continue
        if lower == "since" and _CAUSAL_SINCE_AFTER.match(text, end):
            # "will take place on March 5, since March 4 falls on a Sunday": a reason, no past.
            continue
        if (
            lower == "followed"
            and text.startswith((" by ", " closely by "), end)
            and text.endswith(", ", 0, start)
        ):
            # "Surveyor will launch in November, followed by Pathfinder in December": a participle
            # set off by a comma that orders what it joins, no past.
            continue
        if (
            lower in _PARTICIPLES_OF_AN_EVENT
            and _APPOSITION_OPENS_BEFORE.search(text, max(0, start - 40), start)
            and _ASIDE_CLOSES_BEFORE_A_MAIN_VERB.match(text, end)
        ):
            # "The funeral, held at St Paul's Cathedral on 17 April, will be attended by the Queen":
            # a participle set off after its noun tells no tense; the main verb after it does.
            continue
        if lower in ("provided", "supposing") and text.endswith(", ", 0, start):
            # "will play their first home game on 26 August, provided building work is finished":
            # a condition's conjunction, no past.
            continue
        if lower == "closed" and text.startswith(" doors", end):
            continue  # "are scheduled to meet behind closed doors Saturday": an adjective, no past
        if lower == "compared" and text.startswith((" with ", " to "), end):
            # "a cut in September, compared with June as recently as last month": a comparison,
            # no past (the active verb takes its object first: "compared it with").
            continue
        if lower in en.INVARIANT_PAST:
            previous = _previous_word(text, start)[0]
            if word.islower() and (
                (
                    previous in _INVARIANT_PAST_AFTER
                    # (Not a noun after its article: "the last cut".)
                    and _previous_word(text, start - len(previous) - 1)[0] not in _NOT_A_SUBJECT
                )
                # "a deadline set in September", "the target set by the government in March":
                # a term that was fixed (a participle after its noun).
                # (Not what it is set for: "the deadline set for Friday" is still to come.)
                or (lower == "set" and previous in _TERMS_FIXED and not text.startswith(" for ", end))
                # "In October, the company cut its forecast", "the central bank cut interest
                # rates": a body's verb with its object after it (its present would say "cuts").
                or (previous in _BODIES and _OBJECT_AFTER.match(text, end) is not None)
                # "Kenya set a curfew", "Khamenei cast his vote": a name's verb with its object
                # (its present would say "sets", "casts").
                or (
                    _NAME_SUBJECT_BEFORE.search(text, max(0, start - 40), start) is not None
                    and previous not in _PLURAL_CAPITALS
                    and _OBJECT_AFTER.match(text, end) is not None
                )
                # "The council of cardinals, set up in April to advise him, met": a participle's
                # clause set off after its noun, done.
                or (
                    _NOUN_AND_COMMA_BEFORE.search(text, max(0, start - 30), start) is not None
                    and _PARTICIPLE_WORDS_AFTER.match(text, end) is not None
                )
            ):
                cues.append((start, end, 2, "past"))
            continue
        # (An adjective-like "-ed" word may be a verb after "who": see _is_past_form.)
        could_be_past = (may_be_past(lower) or lower in en.NOT_PAST_ED) and not _is_currency(
            text, start, lower
        )
        tense: Tense | None = None
        # ("the worst-hit areas", "a long-awaited visit": the end of a compound adjective.)
        if could_be_past and not _alone_in_parentheses(text, start, end) and text[start - 1 : start] != "-":
            previous, at_sentence_start = _previous_word(text, start)
            if (
                _DEADLINE_BY_AFTER.match(text, end)
                and previous
                and previous not in _NOT_A_NOUN_SUBJECT
                and _previous_word(text, start - len(previous) - 1)[0] == ""
            ):
                # "Coverage bought by Dec. 15 will take effect on New Year's Day", "Plans purchased
                # by Dec. 15 start Jan. 1": a participle after the subject's noun, with the day it
                # must be done by; the main verb after it tells the time.
                continue
            if lower in ("followed", "preceded") and text[max(0, start - 2) : start] == ", ":
                # "will unveil the plan in October, followed in December by a vote": a participle of
                # what comes next, which tells no tense of its own.
                continue
            if _NUMBER_AND_COMMA_BEFORE.search(text, max(0, start - 4), start):
                # "Icahn, who bought shares in 2012, raised his bid": the word before the number is
                # no word before the verb (it is the clause's that the comma closes).
                previous = ""
            if previous == "may" and _MONTH_MAY_BEFORE.search(text, max(0, start - 16), start):
                # "melting in April and May flooded dozens of homes": the month, not the modal.
                previous = ""
            if (
                previous.endswith("ly") and len(previous) > 4 and previous not in _NOUNS_IN_LY
            ) or previous in _SHORT_ADVERBS:
                # "will remain partially closed", "Volunteers are still needed": the word before
                # the adverb says what the -ed is.
                adverb_end = start
                while adverb_end > 0 and not text[adverb_end - 1].isalpha():
                    adverb_end -= 1
                before_adverb, _ = _previous_word(text, adverb_end - len(previous))
                if before_adverb in _PARTICIPLE_AFTER:
                    previous = before_adverb
            if previous in ("final", "second", "third") and _PARTICLE_AFTER.match(text, end):
                # ("The Class 3A final tipped off at 7:30 p.m.": a verb and its particle after the
                # noun, not an adjective of order before one.)
                previous = ""
            if previous in ("last", "first"):
                # "He last visited the country in December", "The House last held votes on Sept.
                # 19": an adverb after its subject, no rank after a determiner ("the first listed").
                before_rank, _ = _previous_word(text, start - len(previous) - 1)
                if before_rank and before_rank not in _DETERMINERS_OF_RANK:
                    previous = before_rank
            if (
                _is_past_form(word, previous, at_sentence_start=at_sentence_start)
                # ("It will close in October and shut by Dec. 31": the modal's second verb, its
                # base form the same as its past.)
                and not (
                    previous == "and"
                    and lower in _BASE_FORM_PASTS
                    and _MODAL_VERB_BEFORE.search(text, sentence_bounds(text, start)[0], start)
                )
                and not _adjective_after_verb(text, start, previous)
                and not _adjective_of_an_object(text, end, lower, previous)
                # ("It expects continued pressure through the fourth quarter": the adjective of
                # what is foreseen.)
                and previous not in _FORESEEING_VERBS
                and not (
                    previous == "and" and _PARTICIPLES_JOINED_BEFORE.search(text, max(0, start - 70), start)
                )
                and not _OBJECT_COMPLEMENT_BEFORE.search(text, max(0, start - 60), start)
            ):
                tense = "past"
        if lower == "today" and word[0] == "T" and _PROGRAMME_AFTER.match(text, end):
            continue  # "on NBC's Today show": a programme's name, no present
        if word == "Today" and text.endswith("USA ", 0, start):
            continue  # "A USA Today poll taken Friday through Sunday": a paper's name, no present
        if lower == "starts" and _previous_word(text, start)[0] in ("housing", "home", "building"):
            continue  # "will report housing starts tomorrow": the figures' name, no present
        if lower == "now" and text.endswith(", ", 0, start) and _NOW_ASIDE_AFTER.match(text, end):
            continue  # "Ruiz, now 35, will fight": an aside on the subject, no tense of the clause
        if lower.endswith("s") and _NUMBER_BEFORE.search(text, max(0, start - 16), start):
            continue  # "1.8353 marks", "40 points": a counted noun, no verb
        if lower == "am" and _CLOCK_NUMBER_BEFORE.search(text, max(0, start - 8), start):
            continue  # "at 11:30 am (1030 GMT) on Wednesday": a clock's morning, no verb
        if (
            tense is None
            and lower in en.PRESENT_CUES
            and not _after_modal(text, start)
            # ("will be in the stands on Friday": a noun after its article, no verb.)
            and not (
                lower.endswith("s") and _previous_word(text, start)[0] in ("the", "a", "an", "its", "their")
            )
            # ("will be closed today and Wednesday": a day joined to another, no tense of its own.)
            and not (lower in ("today", "now") and _JOINED_DAY_AFTER.match(text, end))
            # ("has announced", "have to leave": an auxiliary, no present of its own.)
            and not (lower in ("has", "have") and not _HELD_AFTER.match(text, end))
        ):
            # ("will remain closed": the modal's future, not a present.)
            tense = "present"
            if (lower in _BASE_PRESENT_CUES or lower == "today") and _MODAL_AND_BEFORE.search(
                text, max(0, start - 90), end + 5
            ):
                # "will close at 5 p.m. today and remain closed Saturday": the verb "and" joins to
                # a modal's first verb shares its future (and the day of the first is no present).
                tense = None if lower == "today" else "future"
        if tense is not None:
            cues.append((start, end, 2, tense))


#: Present cues that are also the base form a modal takes ("remain", "do", "say").
_BASE_PRESENT_CUES = frozenset({"remain", "do", "say", "have"})
#: A modal and its verb earlier in the clause, then "and" right before the base form: "will close
#: at 5 p.m. today and ".
_MODAL_AND_BEFORE = re.compile(
    r"\b(?:will|would|'ll|could|should|may|might|must|to)\s+[a-z]+\b"
    # (No sentence ends between, but the stops of "a.m." and "p.m." may stand there.)
    r"(?:[^.;:!?]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.)*\s(?:today\s+)?and\s+\Z"
)
#: The month May right before a word, after a preposition, a conjunction or a day's number ("in
#: April and May flooded"), not the modal.
_MONTH_MAY_BEFORE = re.compile(
    r"\b(?:in|and|or|of|since|until|till|through|from|by|early|late|last|next|this|[0-9]{1,2})\s+May\s+\Z"
)
#: A clock's hour right before "am": "11:30 am", "9am".
_CLOCK_NUMBER_BEFORE = re.compile(r"[0-9]\s?\Z")
#: A number right before a word: "1.8353 marks", "two points".
_NUMBER_BEFORE = re.compile(
    # ("about 2.5 billion marks had been paid out".)
    r"(?:[0-9]|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion"
    r"|trillion))\s+\Z"
)
#: What "has" or "have" holds as a main verb: a determiner or a number after it ("has no
#: estimate", "have a plan", "has 13 facilities").
_HELD_AFTER = re.compile(r"\s+(?:(?:no|a|an|the|its|their|his|her|our|some|any|more|less)\b|[0-9$])")
#: A day joined to "today" after it: "today and Wednesday", "today or tomorrow".
_JOINED_DAY_AFTER = re.compile(r"\s+(?:and|or)\s+(?:on\s+)?(?:tomorrow|[A-Z][a-z]+day)\b")
#: The rest of an aside that "now" opens after a comma: " 35,", " a senator,", " retired,".
_NOW_ASIDE_AFTER = re.compile(r"\s+(?:[0-9]{1,3}|an?\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}|[a-z]+ed|retired)\s*,")
#: An aside that closes with a comma before its sentence ends: " on Oct. 4, was delayed".
_ASIDE_CLOSES = re.compile(
    r"(?:[^.;!?\n]|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.|(?<=\b[A-Z][a-z]{3})\.)*,"
)
#: A sentence's subject and its relative clause, up to an expression in it: "Union members who
#: plan to march on City Hall in ", "Officials who expect the bridge to reopen in ".
_SUBJECT_RELATIVE_BEFORE = re.compile(
    r"\s*(?:(?-i:[A-Z])[\w'’.-]*)(?:\s+[\w'’.-]+){0,3}"
    # (Not what a verb of saying opens: "Boehner said that a vote on Thursday would be close".)
    r"(?<!\bsaid)(?<!\bsays)(?<!\bwarned)(?<!\bannounced)(?<!\bpredicted)(?<!\bbelieves)(?<!\bthinks)(?<!\bthought)"
    r"\s+(?:who|that)\s+(?-i:[a-z]+)\s+(?:to\s+)?[^,;:]{0,60}\Z"
)
#: Nouns that end like adverbs: "The rally began at 7 p.m. Thursday" (no adverb before its verb).
_NOUNS_IN_LY = frozenset(
    {"rally", "family", "assembly", "supply", "reply", "monopoly", "anomaly", "italy", "daily", "weekly",
     "monthly", "quarterly", "jelly", "belly", "bully", "lily", "folly", "ally"}
)  # fmt: skip
#: A deadline's "by" and its day after a participle: " by Dec. 15", " by the end of", " by Friday".
#: (... and the main verb after it: "will take effect", "start".)
_DEADLINE_BY_AFTER = re.compile(
    r"\s+by\s+(?:(?-i:[A-Z])|the\s+end\b|mid-|early\b|late\b)"
    r"(?:[^.;:!?]|(?<=[A-Z][a-z])\.|(?<=[A-Z][a-z]{2})\.|(?<=[A-Z][a-z]{3})\.){0,30}?\s"
    r"(?:will|would|must|should|can|could|may|are|is|starts?|begins?|takes?|expires?|becomes?|goes|go)\b"
)
#: Words that open a sentence without being a noun its participle may follow.
_NOT_A_NOUN_SUBJECT = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "there", "this", "these", "those"}
)
#: ... and a verb of its clause right after it that is not past: "held on 17 April, will be".
_ASIDE_CLOSES_BEFORE_A_MAIN_VERB = re.compile(
    _ASIDE_CLOSES.pattern
    + r"\s+(?:\w+ly\s+)?(?:will|would|is|are|has|have|can|could|may|might|should|must|shall"
    # ... or a timetable's present: "The collection, held twice a year, takes place from 8 a.m.".
    + r"|takes|runs|opens|begins|starts|ends|closes|returns)\b"
)
#: The first word of an aside after its comma.
_ASIDE_FIRST_WORD = re.compile(r",\s+([A-Za-z]+)")
#: The participles of an event's holding, set off after its noun ("The funeral, held at ...").
_PARTICIPLES_OF_AN_EVENT = frozenset(
    {"held", "staged", "hosted", "organized", "organised", "convened", "planned", "scheduled", "slated"}
)
#: A noun and the comma that opens its aside, up to a participle: "The funeral, ", "Armed Forces
#: Day, an annual event ".
_APPOSITION_OPENS_BEFORE = re.compile(r"\w,\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){1,3})?\Z")
#: ... and the past verb of its clause right after it: "scheduled for January 10, was postponed".
_ASIDE_CLOSES_BEFORE_A_PAST = re.compile(_ASIDE_CLOSES.pattern + r"\s+(?:\w+ly\s+)?(?:was|were|had)\b")
#: ... or a verb of what may still be done: "scheduled for the fall, may be moved up".
_ASIDE_CLOSES_BEFORE_A_MODAL = re.compile(
    _ASIDE_CLOSES.pattern + r"\s+(?:\w+ly\s+)?(?:will|may|might|could|can|should|must|is|are)\b"
)
#: A programme named "Today": "NBC's Today show", "the Today programme".
_PROGRAMME_AFTER = re.compile(r"\s+(?:show|program|programme)\b", re.IGNORECASE)


def _adjective_of_an_object(text: str, end: int, lower: str, previous: str) -> bool:
    """Whether an "-ed" word between a gerund, a compound adjective or an adjective of a custom
    and a noun is an adjective of that noun: "will begin releasing treated water", "to resume
    large-scale combined field exercises", "its annual corned beef supper" (not "The shooting
    happened shortly after 2 a.m.": a verb, an adverb after it)."""
    return (
        lower.endswith("ed")
        and (
            (previous.endswith("ing") and len(previous) > 5 and previous not in _NOT_GERUNDS)
            or "-" in previous
            or previous in _ADJECTIVES_OF_A_CUSTOM
        )
        and _NOUN_AFTER.match(text, end) is not None
    )


#: A noun right after a word: no function word, no adverb in "-ly".
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:at|on|in|to|by|for|with|from|after|before|into|over|up|down|out|off|the|a|an|and|or|but|that"
    r"|as|since|until|till|during|near|his|her|its|their|it|him|them|us|me|you|this|these|those|about|back"
    r"|away|again|here|there|then|now|early|late|later|earlier|last|next|today|yesterday|tomorrow|tonight"
    r"|just|only|also|still|even|soon|almost|nearly|right|well|too|very|so|around|through|across|against)\b)"
    r"(?![a-z]+ly\b)(?-i:[a-z]+)\b"
)


def _adjective_after_verb(text: str, start: int, previous: str) -> bool:
    """Whether a past form right after the verb a modal or "to" takes is an adjective before that
    verb's object: "will tour damaged areas", "to release revised forecasts" (not a verb of its
    own: two finite verbs do not follow each other)."""
    if not previous or previous in _NOT_A_BARE_VERB:
        return False
    verb_end = start
    while verb_end > 0 and not text[verb_end - 1].isalpha():
        verb_end -= 1
    verb_start = verb_end - len(previous)
    before_verb, _ = _previous_word(text, verb_start)
    # (Only a modal right before the verb, with no comma between, and not the month: "From
    # January to May, exports rose".)
    modal_end = verb_start
    while modal_end > 0 and text[modal_end - 1].isspace():
        modal_end -= 1
    return (
        before_verb in _MODALS_AND_TO
        and text[modal_end - 1 : modal_end].isalpha()
        and not text.startswith("May", modal_end - 3)
        # (A name is no verb after "to": "Exports from January to August rose".)
        and not text[verb_start : verb_start + 1].isupper()
    )


#: "since" and its time, closed by a comma or a colon before what comes after.
_SINCE_CLOSED_BEFORE = re.compile(r"\s+[^.;:,!?]{1,40}?[,:]\s")
#: Verbs of foreseeing in the present, whose object a past form before a noun qualifies: "expects
#: continued pressure", "sees reduced demand".
_FORESEEING_VERBS = frozenset(
    {"expects", "expect", "anticipates", "anticipate", "sees", "foresees", "forecasts", "predicts", "fears"}
)
#: What takes a bare verb after it: a modal, or "to".
_MODALS_AND_TO = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "to"})
#: Words after a modal that are no verb taking an object: "will be", "will have", "will not".
_NOT_A_BARE_VERB = frozenset(
    {"be", "have", "not", "never", "also", "still", "then", "get", "become", "remain"}
)
#: An amount just before a word: "3.7 trillion won", "500 won" (Korea's currency, no verb).
_AMOUNT_BEFORE = re.compile(
    r"(?:[0-9]|\b(?:hundred|thousand|million|billion|trillion|mn|bn))\s+\Z", re.IGNORECASE
)


def _is_currency(text: str, start: int, lower: str) -> bool:
    """Whether the word ``lower`` at ``start`` is a currency after its amount ("a profit of 3.7
    trillion won on Friday"), not the past tense it is spelled like."""
    return lower == "won" and _AMOUNT_BEFORE.search(text, max(0, start - 12), start) is not None


#: Words before a verb that carry its tense ("will remain", "could stay", "to remain").
_MODALS = _MODALS_AND_TO | frozenset(
    # ... and negated: "we won't have a shutdown in October" is as much ahead as "we will".
    {"won't", "shan't"}
)


def _after_modal(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a modal or "to", which carries its tense, or is a bare
    verb joined by "and" to one a modal takes ("will close at 4 p.m. and remain shut")."""
    previous = _previous_word(text, start)[0]
    word = _WORD.match(text, start)
    if previous in ("and", "or") and word is not None and not word.group(0).lower().endswith("s"):
        return _MODAL_PREDICATE_BEFORE.search(text, max(0, start - 60), start) is not None
    if previous in ("not", "never"):
        # "We will not have a shutdown in October" (not "would not say on Monday", a refusal told
        # on the day it was made).
        before = _previous_word(text, start - len(previous) - 1)[0]
        return before in ("will", "shall") or before.endswith("'ll")
    if previous in _ADVERBS_AFTER_A_MODAL:
        # "The bank will also say on Friday": the modal before the adverb.
        previous = _previous_word(text, start - len(previous) - 1)[0]
    if previous in _QUESTION_SUBJECTS:
        # "What will he do on the first Saturday in September?": a question puts the modal
        # before its subject.
        before = _previous_word(text, start - len(previous) - 1)[0]
        if before in _MODALS:
            return True
    return previous in _MODALS or previous.endswith("'ll")


#: The subjects a question puts after its modal: "will he", "would they".
#: A place after an expression, before the verb of its clause: " in New York ".
_PLACE_BETWEEN = re.compile(r"\s+in\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,2}\s+")
_QUESTION_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "you", "i"})


#: Adverbs between a modal and its verb: "will also say", "would still close".
_ADVERBS_AFTER_A_MODAL = frozenset({"also", "still", "then", "again", "probably", "likely", "only", "now"})


#: A modal's predicate, then "and" or "or" before a second bare verb it takes.
_MODAL_PREDICATE_BEFORE = re.compile(
    # (A clock's "p.m." before its day ends no sentence: "will close at 1 p.m. Wednesday and remain".)
    r"(?:\b(?:will|would|shall|should|can|could|may|might|must)|'ll)\s+(?:not\s+)?[a-z]+\b"
    r"(?:[^.;:!?\n]|\.(?!\s+[A-Z])|(?<=\b[ap]\.m)\.){0,40}?"
    r"\s(?:and|or)\s+\Z"
)


def _is_name_word(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised inside its sentence: a name's ("the
    Australian Open in January", "the Masters Opens"), not a verb."""
    if not text[start : start + 1].isupper():
        return False
    return not _previous_word(text, start)[1]


#: How a line that is no headline ends: a sentence's stop, a colon, a closing quotation mark.
_NOT_HEADLINE_END = re.compile(r"[.!?:;,\"'”’]\s*\Z")
_LONGEST_HEADLINE = 100


def _in_headline(text: str, position: int) -> bool:
    """Whether ``position`` is on a headline's line: a short line that opens with a capital, ends
    without a sentence's stop, and opens the text, ends it or stands before a blank line."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if not line[:1].isupper() or len(line) > _LONGEST_HEADLINE or _NOT_HEADLINE_END.search(line):
        return False
    return not text[:line_start].strip() or not text[line_end:].strip() or text.startswith("\n\n", line_end)


#: A second participle that "and" joins to one after "be": "will be torn out and rebuilt over
#: the summer" (the modal's time, not a past).
_PARTICIPLES_JOINED_BEFORE = re.compile(
    r"\b(?:will|would|shall|to|can|could|must|should|may|might)\s+(?:not\s+)?be\s+[a-z]+(?:\s+(?:out|up|down|off|back))?"
    # ("will be taken down next week and sold at auction in March".)
    r"(?:\s+(?!and\b)[\w'’-]+){0,4}?\s+and\s+\Z",
    re.IGNORECASE,
)
#: A length before "left", which is then what remains: "three weeks left", "time left".
_TIME_LEFT_BEFORE = re.compile(r"\b(?:minutes|hours|days|weeks|months|years|time)\s+\Z", re.IGNORECASE)
#: A clause in the present after "since", which makes it "because": "since March 4 falls on a
#: Sunday", "since the law is unclear" (the "since" of time takes a date or a past clause).
_CAUSAL_SINCE_AFTER = re.compile(
    r"\s+(?:[\w.'’-]+\s+){1,4}?(?-i:is|are|falls|fall|means|remains|seems|does|do|can|cannot|must|lies|belongs)\b"
)


#: What is on track or on course to be done.
_ON_TRACK_TO = re.compile(r"\bon\s+(?:track|course)\s+to\b", re.IGNORECASE)
#: How far back a run or a story reaches: "stretching back to", "dating back to".
_BACK_TO = re.compile(
    r"\b(?:stretch(?:ing|es|ed)?|dat(?:ing|es|ed)|go(?:ing|es)|went|reach(?:ing|es|ed)?)\s+back\s+(?P<prep>to)\s",
    re.IGNORECASE,
)


def _find_rare_cues(text: str, low: int, high: int, cues: list[tuple[int, int, int, _Cue]]) -> None:
    """Append the cues of moved dates, "ahead of" a day's event, a futures contract's month, a
    forecast's line or odds, a day declared or a period opening on one, what was done "since", and
    a weekday that opens its sentence as a subject (see :data:`_MOVED_TO` and the rest)."""
    for match in _MOVED_TO.finditer(text, low, high):
        moved = _MOVED_BEFORE.search(text, max(0, match.start() - 48), match.start()) or (
            # ("Amtrak canceled all trains south of Washington for Saturday and Sunday": what was
            # called off for a day, however it is named.)
            _CALLED_OFF_FOR_BEFORE.search(text, max(0, match.start() - 70), match.start("prep"))
            if match.group("prep").lower() == "for"
            else None
        )
        if moved is not None and not (
            # ("Charles advanced through the summer of 1708": an army's advance, no date moved up.)
            moved.group(0).lower().startswith("advanc") and match.group("prep").lower() != "to"
        ):
            # ("they had received no warning until Thursday night": told in the pluperfect, gone by.)
            told_before = _HAD_WORDS_BEFORE.search(text, max(0, moved.start() - 40), moved.start())
            cues.append((match.start("prep"), match.end("prep"), 0, "past" if told_before else "ahead"))
    for match in _AHEAD_OF.finditer(text, low, high):
        if _AHEAD_OF_BEFORE.search(text, max(0, match.start() - 2), match.start()):
            cues.append((match.start() - 1, match.end(), 0, "ahead"))
    # (Only where the stretch holds the word: the pattern is tried at every article otherwise.)
    if (
        text.find("eadline", low, high) >= 0
        or text.find("EADLINE", low, high) >= 0
        or text.find("target date", low, high) >= 0
    ):
        for match in _DEADLINE_DAY.finditer(text, low, high):
            # (A target date is still to come by itself: "The target date of June 30 remains
            # achievable".)
            if _DEADLINE_SET_BEFORE.search(text, max(0, match.start() - 12), match.start()) or (
                "target date" in match.group(0).lower()
            ):
                # ("Officials had set a deadline of Jan. 14": a deadline the pluperfect tells is
                # one gone by.)
                told_before = _HAD_BEFORE.search(text, max(0, match.start() - 16), match.start() - 4)
                cues.append((match.start(), match.end() - 1, 0, "past" if told_before else "ahead"))
    for match in _DELIVERY_FOR.finditer(text, low, high):
        cues.append((match.start("prep"), match.end("prep"), 0, "ahead"))
    if text.find("pending", low, high) >= 0:
        # "ordered him held without bail pending a hearing on Thursday": what is pending is to come.
        for match in _PENDING.finditer(text, low, high):
            cues.append((match.start(), match.end(), 0, "ahead"))
    if (
        text.find(" from ", low, high) >= 0
        or text.find("following a", low, high) >= 0
        or text.find("after a", low, high) >= 0
        or text.find("compared ", low, high) >= 0
    ):
        for match in _RISEN_FROM.finditer(text, low, high):
            if not _MOTION_BEFORE.search(text, max(0, match.start() - 16), match.start()):
                cues.append((match.start("prep"), match.end("prep"), 0, "past"))
        for match in _RISEN_FROM_DATE.finditer(text, low, high):
            if not _MOTION_BEFORE.search(text, max(0, match.start() - 16), match.start()):
                cues.append((match.start("prep"), match.end("prep"), 0, "past"))
    if text.find(" if ", low, high) >= 0:
        for match in _BACKSHIFTED_CONDITION.finditer(text, low, high):
            if _WOULD_BEFORE.search(text, max(0, match.start() - 120), match.start()):
                cues.append((match.start("if"), match.end(), 0, "future"))
    if text.find('"', low, high) >= 0 or text.find("“", low, high) >= 0:
        # '"March with us on Saturday," he told a rally', '"Ask me in the spring."': an order
        # opening a quotation is of what is to be done.
        for match in _ORDER_OPENS_QUOTE.finditer(text, low, high):
            cues.append((match.start("cue"), match.end("cue"), 2, "future"))
    if text.find(" open", low, high) >= 0 or text.find(" close", low, high) >= 0:
        # "Polls open as early as 6 a.m. on Tuesday and close at 7 p.m.": a timetable's present.
        for match in _PLACES_OPEN.finditer(text, low, high):
            cues.append((match.start("cue"), match.end("cue"), 2, "future"))
    if text.find("starting ", low, high) >= 0 or text.find("beginning ", low, high) >= 0:
        # "about 800,000 workers could be furloughed starting Tuesday": the day a modal's state
        # begins on is still to come.
        for match in _MODAL_STARTING_DAY.finditer(text, low, high):
            cues.append((match.start("cue"), match.end("cue"), 0, "future"))
        # "raises the gasoline tax starting Jan. 1": the day a measure takes effect on.
        for match in _MEASURE_STARTING_DAY.finditer(text, low, high):
            cues.append((match.start("cue"), match.end("cue"), 0, "future"))
    if text.find(" on track to ", low, high) >= 0 or text.find(" on course to ", low, high) >= 0:
        # "said it was on track to complete the sale by Sept. 30": what is on track is to come.
        for match in _ON_TRACK_TO.finditer(text, low, high):
            cues.append((match.start(), match.end(), 2, "future"))
    if text.find(" back to ", low, high) >= 0:
        # "a sequence stretching back to March", "a feud dating back to June": a time gone by.
        for match in _BACK_TO.finditer(text, low, high):
            cues.append((match.start("prep"), match.end("prep"), 0, "past"))
    if text.find("recently", low, high) >= 0:
        # "The court has struck down cuts twice, most recently in August": the last time gone by.
        for match in _MOST_RECENTLY.finditer(text, low, high):
            cues.append((match.start(), match.end(), 0, "past"))
    if any(text.find(word, low, high) >= 0 for word in (" high", " low", " peak", " record")):
        for match in _PEAK_REACHED_IN.finditer(text, low, high):
            cues.append((match.start("prep"), match.end("prep"), 0, "past"))
    if text.find("closing ", low, high) >= 0:
        for match in _CLOSING_PRICE_OF_DAY.finditer(text, low, high):
            cues.append((match.start(), match.end(), 0, "past"))
    if text.find("since", low, high) >= 0 or text.find("Since", low, high) >= 0:
        for match in _SINCE_GERUND.finditer(text, low, high):
            cues.append((match.start("verb"), match.end("verb"), 0, "past"))
    if text.find("after ", low, high) >= 0 or text.find("After ", low, high) >= 0:
        for match in _AFTER_HURT_GERUND.finditer(text, low, high):
            cues.append((match.start("verb"), match.end("verb"), 0, "past"))
    if any(text.find(word, low, high) >= 0 for word in ("ed ", " off ", "ures ", "ions ")):
        for match in _CALLED_OFF_FOR.finditer(text, low, high):
            cues.append((match.start("for"), match.end("for"), 0, "ahead"))
    if text.find(" read ", low, high) >= 0:
        for match in _GAUGE_READ.finditer(text, low, high):
            cues.append((match.start("verb"), match.end("verb"), 2, "past"))
    if any(text.find(word, low, high) >= 0 for word in ("ing ", "ing,")):
        for match in _CHARGED_GERUND.finditer(text, low, high):
            cues.append((match.start("verb"), match.end("verb"), 0, "past"))
    # (Only where the stretch holds one of the words: a look-behind opens the pattern.)
    opening_words = any(
        text.find(word, low, high) >= 0 for word in ("beginning", "starting", "effective", " from ")
    )
    for match in _OPENING_ON_DAY.finditer(text, low, high) if opening_words else ():
        if match.group("declared"):
            # (A measure "from" a day is one ordered, not one announced: "announced the results from
            # Monday" are Monday's.)
            declared = _ORDERED_BEFORE if match.group("declared") == "from" else _DECLARED_BEFORE
            if declared.search(text, max(0, match.start() - 110), match.start()):
                cues.append((match.start("declared"), match.end("declared"), 0, "ahead"))
        elif match.group("verb_month"):
            # ("The Fed voted on Wednesday to trim its purchases, beginning in January": what a
            # decision told in the past starts in, still to come.)
            if _DECIDED_BEFORE.search(text, max(0, match.start() - 120), match.start()):
                cues.append((match.start("verb_month"), match.end("verb_month"), 0, "ahead"))
        # (Of a clause in the present, the perfect or the future, or of a period declared: "The
        # strike lasted three days, beginning Wednesday" is gone by.)
        elif _NOT_PAST_CLAUSE_BEFORE.search(
            text, max(0, match.start() - 120), match.start()
        ) or _DECLARED_BEFORE.search(text, max(0, match.start() - 70), match.start()):
            cues.append((match.start("verb"), match.end("verb"), 0, "ahead"))
    # (Only where the stretch holds one of the verbs: the pattern opens with a look-behind.)
    if any(text.find(stem, low, high) >= 0 for stem in ("eclare", "roclaim", "esignate", "nnounce", "alled")):
        for match in _DECLARED_DAY.finditer(text, low, high):
            verb = (
                "verb" if match.group("verb") else "verb_for" if match.group("verb_for") else "verb_passive"
            )
            # ("The government had declared Wednesday a holiday to encourage voting": a day the
            # pluperfect declared is one gone by.)
            told_before = _HAD_BEFORE.search(text, max(0, match.start() - 16), match.start())
            if verb == "verb_passive":
                # (The passive's cue from its auxiliary, which would tell the past by itself; the
                # day stands before it.)
                told_before = match.group(0).lower().startswith("had")
                cues.append((match.start(), match.end(verb), 0, "past" if told_before else "future"))
                continue
            cues.append((match.start(verb), match.end(verb), 0, "past" if told_before else "ahead"))
    for match in _DECIDED_ON_DAY_TO.finditer(text, low, high):
        cues.append((match.start("prep"), match.end("prep"), 0, "ahead"))
    for match in _HEADLINE_TO.finditer(text, low, high):
        if match.group("verb") in en.HEADLINE_VERBS and _in_headline(text, match.start("prep")):
            cues.append((match.start("prep"), match.end("prep"), 0, "ahead"))
    # (Only where the stretch holds a word of the weather: the pattern opens with a look-behind.)
    if any(text.find(word, low, high) >= 0 for word in _WEATHER_WORDS):
        for match in _WEATHER_TO_COME.finditer(text, low, high):
            verb = "verb" if match.group("verb") else "verb_odds"
            cues.append((match.start(verb), match.end(verb), 0, "future"))
    for match in _FORECAST_ODDS.finditer(text, low, high):
        if _WEATHER_BEFORE.search(text, max(0, match.start() - 14), match.start()):
            cues.append((match.start() + 1, match.end(), 0, "future"))
    # (Only where the stretch holds the forecast's word: the pattern opens with a look-behind,
    # which the regex engine would try at every position.)
    if text.find("High", low, high) >= 0 or text.find("Low", low, high) >= 0:
        for match in _FORECAST_LINE.finditer(text, low, high):
            if _previous_word(text, match.start())[1]:  # (it opens its sentence)
                cues.append((match.start(), match.end() - 1, 0, "future"))
    # (Only where the stretch holds one of the weather's words: the pattern opens with a
    # look-behind, tried at every position otherwise.)
    weather = any(text.find(word, low, high) >= 0 for word in _FORECAST_WEATHER_WORDS)
    for match in _FORECAST_WEATHER_LINE.finditer(text, low, high) if weather else ():
        if _previous_word(text, match.start())[1] and not _VERB_IN.search(
            text, match.start(), sentence_bounds(text, match.start())[1]
        ):
            cues.append((match.start(), match.end() - 1, 0, "future"))
    if text.find("ighs", low, high) >= 0 or text.find("ows ", low, high) >= 0:
        for match in _FORECAST_HIGHS_IN.finditer(text, low, high):
            if not _VERB_IN.search(text, sentence_bounds(text, match.start())[0], match.start()):
                cues.append((match.start(), match.end() - 1, 0, "future"))
    if text.find("day:", low, high) >= 0:
        for match in _WEEKDAY_WEATHER.finditer(text, low, high):
            colon = text.find(":", match.end())
            # (Not "Thursday: Showers fell": its verb tells its own time.)
            if not _VERB_IN.search(text, colon, sentence_bounds(text, colon + 2)[1]):
                cues.append((colon, colon + 1, 0, "future"))
    if text.find(" at ", low, high) >= 0:
        for clock in _CLOCK_AHEAD.finditer(text, low, high):
            schedule = _SCHEDULED_AT_CLOCK.search(text, max(low, clock.start() - 60), clock.end())
            # ("Polling stations were supposed to open at 6 a.m. Monday": an infinitive, its tense
            # the verb's before it.)
            # ("lifted the statewide travel ban at midnight Tuesday": a noun after its article.)
            if (
                schedule is not None
                and _previous_word(text, schedule.start())[0] not in _NOT_SCHEDULE_AFTER
                and not _noun_after_article(text, schedule)
            ):
                cues.append((schedule.start("verb"), schedule.end("verb"), 0, "future"))
    if text.find("day's", low, high) >= 0 or text.find("day’s", low, high) >= 0:
        for match in _WEEKDAY_EVENT_SUBJECT.finditer(text, low, high):
            if _WEEKDAY_BEFORE.search(text, max(0, match.start() - 7), match.start()):
                cues.append((match.start("verb"), match.end("verb"), 0, "future"))
        for match in _READY_FOR_WEEKDAYS.finditer(text, low, high):
            cues.append((match.start("prep"), match.end("prep"), 0, "ahead"))
    for match in _WEEKDAY_SUBJECT.finditer(text, low, high):
        weekday = _WEEKDAY_BEFORE.search(text, max(0, match.start() - 7), match.start())
        # (It opens its sentence, or follows a place set before it: "In the United States, Friday
        # marks 50 years since ...".)
        if weekday and (
            _previous_word(text, weekday.start())[1]
            or _FRONTED_DAY_BEFORE.search(text, max(0, weekday.start() - 60), weekday.start())
        ):
            cues.append((match.start("verb"), match.end("verb"), 0, "future"))


#: A verb, then "on" or "in" (or nothing, as wire copy writes it), just before a date: "Sales fell
#: on 31 March", "The contract expired June 30", "the six months ended June 30" (a period that has
#: closed; not "ending June 30").
_VERB_ON_BEFORE = re.compile(
    r"(?<![A-Za-z'’-])(?P<verb>[A-Za-z]+)\s+"
    # ... and its particle: "was sworn in on", "was called off on", "was set up on".
    r"(?:(?P<particle>in|up|off|out|down)\s+(?=(?:on|in)\s))?(?:(?P<preposition>on|in)\s+)?$"
)
#: Verbs of :data:`_NOT_FINISHED` that a particle makes a finished act: "was set up", "was called off".
_FINISHED_WITH_A_PARTICLE = frozenset({"set", "called", "moved"})
#: Past forms that are no finished event on the date after them: auxiliaries ("was due on"), and
#: verbs that set or agree a date still to come ("postponed it on", "agreed on 31 March").
_NOT_FINISHED = frozenset(
    {"was", "were", "had", "did", "got", "set", "scheduled", "rescheduled", "slated", "planned", "fixed",
     "postponed", "delayed", "deferred", "adjourned", "moved", "pushed", "extended", "agreed", "decided",
     "settled", "insisted", "focused", "counted", "relied", "banked", "called", "expected", "targeted",
     "timed", "booked"}
)  # fmt: skip

#: The comma that opens an aside of a plan, and the adverb that may follow it: ", originally ".
_PLAN_ASIDE_OPENS_BEFORE = re.compile(r",\s(?:(?:originally|initially)\s)?\Z", re.IGNORECASE)
#: ... with the adverb of a first plan: ", originally ".
_FIRST_PLAN_OPENS_BEFORE = re.compile(r",\s(?:originally|initially)\s\Z", re.IGNORECASE)

#: Participles of irregular verbs that, after "had" or "was", date a finished event (those in
#: "-ed" are read so below).
_PARTICIPLES_OF_FINISHED = frozenset(
    {"begun", "held", "taken", "made", "won", "lost", "shot", "hit", "struck", "given", "sent", "built",
     "sold", "caught", "fought", "met", "broken", "found", "chosen", "seen", "done", "written", "beaten",
     "stolen", "sworn", "fallen", "risen", "grown", "shrunk", "sunk", "spent", "paid", "led", "left",
     "brought", "bought", "told", "thrown", "drawn", "flown", "driven", "fled", "slid", "shed"}
)  # fmt: skip
#: The auxiliaries of a past passive, and the participles after them that date no finished event
#: ("was expected in June", "were needed on Monday", "was required in May").
_PAST_PASSIVE = frozenset({"was", "were"})
#: A past passive, its agent, and the preposition of the date: "was hit by shrapnel in".
_PASSIVE_BY_AGENT_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?P<participle>[a-z]+(?:ed|en)|"
    + "|".join(sorted(_PARTICIPLES_OF_FINISHED))
    + r")\s+by\s+(?:[\w'’-]+\s+){1,4}?(?:in|on)\s+\Z"
)
#: A future or a plan in the clause before such a passive: "will be ... ", "is to be".
_FUTURE_IN_ITS_CLAUSE = re.compile(
    r"\b(?:will|would|shall|could|may|might|must|to\s+be|'ll)\b", re.IGNORECASE
)
_NOT_FINISHED_PASSIVE = frozenset(
    {"needed", "required", "wanted", "hoped", "feared", "predicted", "forecast", "projected", "estimated",
     "anticipated", "awaited", "invited", "asked", "urged", "supposed"}
)  # fmt: skip
#: Before a participle, a perfect or a passive ("has fallen on", "was sold on"): not a simple past.
#: The pluperfect passive's "had been" right before a participle.
_HAD_BEEN_BEFORE = re.compile(r"\bhad\s+been\s+\Z", re.IGNORECASE)
_AUXILIARIES = frozenset({"has", "have", "had", "having", "was", "were", "been", "is", "are"})


#: ... or with a short object between: "laid off workers in March", "made landfall on Oct. 3",
#: "killed 12 people at the offices of Charlie Hebdo on Jan. 7",
#: "signed with the Bears in March", "filed for bankruptcy in July".
_LONGEST_OBJECT = 9
_LOOKS_AHEAD_BEFORE = re.compile(r"\b(?:will|would|shall|to|plans?|expects?)\b|'ll\b", re.IGNORECASE)
_VERB_OBJECT_ON_BEFORE = {
    words: re.compile(
        # (A figure may be the object: "Prices rose 5% in May", "fell 3 percent on Monday".)
        rf"(?<![A-Za-z'’-])(?P<verb>[A-Za-z]+)\s+(?P<object>(?:[A-Za-z0-9$.,%'’-]+\s+){{{words}}})(?P<preposition>on|in)\s+$"
    )
    for words in range(1, _LONGEST_OBJECT + 1)
}
#: Words that end such an object: a clause or a relation of its own starts ("said the vote would
#: come in March", "agreed to sell in May", "waited until June"), or the object is an event the
#: date may be the time of, still to come ("announced his retirement in March", "set a vote on
#: May 3").
_NOT_IN_OBJECT = frozenset(
    {"that", "which", "who", "whom", "whose", "would", "will", "to", "and", "but", "or", "is", "are", "be",
     "been", "was", "were", "has", "have", "had", "can", "could", "may", "might", "should", "must",
     "shall", "not", "until", "by", "before", "after", "since", "due", "it", "they", "he", "she", "we",
     "plan", "plans", "deadline", "date", "vote", "election", "meeting", "hearing", "trial", "retirement",
     "departure", "launch", "release", "visit", "trip", "summit", "talks", "conference", "offering",
     "sale", "auction", "opening", "start", "return", "deal", "merger", "closing", "ceremony",
     "wedding", "premiere", "season", "schedule", "target", "goal", "intention", "hopes"}
)  # fmt: skip


#: Verbs of speech proper, whose object may be what was said ("said the vote on Monday would ...").
_VERBS_OF_SPEECH = frozenset({"said", "told", "added", "stated", "claimed", "insisted", "warned"})
#: Verbs told to an audience, and the audience as a whole object: "told reporters", "spoke to the
#: committee".
_TOLD_TO_WHOM = frozenset({"told", "spoke", "talked", "wrote", "explained", "complained", "testified"})
_WHOM_TOLD = re.compile(r"(?:to\s+)?" + _AUDIENCE, re.IGNORECASE)
#: Determiners that open a noun phrase as a verb's object: "announced its surrender".
_OBJECT_DETERMINERS = frozenset({"its", "a", "an", "the", "his", "her", "their"})


def _verb_with_object(text: str, start: int) -> re.Match[str] | None:
    """The past verb and its short object before "on" or "in" and the date at ``start``, the
    object's words read back from the preposition until a past form stands before them."""
    for words in range(1, _LONGEST_OBJECT + 1):
        found = _VERB_OBJECT_ON_BEFORE[words].search(text, max(0, start - 100), start)
        if found is None:
            # (No letters before this many words: a figure may be one of the object's, "rose 5
            # percent in May".)
            continue
        object_words = found.group("object").split()
        word = object_words[0].lower()
        told_whom = _WHOM_TOLD.fullmatch(found.group("object").rstrip())
        if (
            (word in _NOT_IN_OBJECT or may_be_past(word))
            and not (
                # ("He drove to Dallas on April 17": a place gone to, no infinitive.)
                word == "to" and len(object_words) > 1 and object_words[1][:1].isupper()
            )
            and not (word == "to" and told_whom)
        ):
            return None
        verb = found.group("verb").lower()
        if may_be_past(verb):
            if told_whom and verb in _TOLD_TO_WHOM:
                # "Obama told reporters in November", "spoke to lawmakers in May": an audience
                # is no clause reported, so the date is the telling's.
                return found
            if (
                verb in en.REPORTING_PAST
                # ("Japan announced its surrender on Aug. 15": a noun phrase announced, no clause.)
                and not (verb not in _VERBS_OF_SPEECH and word in _OBJECT_DETERMINERS)
            ) or _LOOKS_AHEAD_BEFORE.search(text, sentence_bounds(text, start)[0], found.start()):
                # "said it will redeem its preferred shares on Oct. 31": an -ed word after a
                # future in its clause is no past verb of its own.
                return None
            return found
    return None


#: A figure's past move over a period that ends on the date after it: "fell 18 percent in the week
#: ending ", "rose 5% in the quarter ended ".
_FIGURE_MOVED_IN_A_PERIOD_BEFORE = re.compile(
    r"\b(?:fell|rose|gained|lost|dropped|climbed|jumped|slid|slumped|surged|plunged|declined|increased"
    r"|decreased|tumbled|soared|advanced|grew|shrank)\s+(?:by\s+)?(?:[0-9$][\w.,$%-]*\s+)(?:percent\s+|points?\s+)?"
    r"(?:in|for|during|over)\s+the\s+(?:[\w-]+\s+)?(?:week|month|quarter|period|year|months|weeks|session)\s+"
    r"end(?:ing|ed)\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)
#: "since" and an event, up to the preposition of its day: "Since the vote on ".
_SINCE_AN_EVENT_ON_BEFORE = re.compile(
    r"\bsince\s+(?:the|a|an|its|their|his|her|last)\s+(?:[\w'’-]+\s+){1,3}?(?:on|in|of)\s+\Z", re.IGNORECASE
)
#: A record set, before the date it was set on: "set a record on", "set a new state record in".
_RECORD_SET_BEFORE = re.compile(
    r"(?<![\w'’])(?<!\bto\s)(?<!\bwill\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bwould\s)"
    r"set\s+(?:a\s+(?:new\s+)?(?:[a-z-]+\s+){0,2}?record|records|the\s+record)(?:\s+[\w'’-]+){0,3}?\s+(?:on|in)\s+\Z",
    re.IGNORECASE,
)


#: A time of the day between a verb and the day it is on: " just before dawn on ", " at 4 a.m. on ".
_TIME_OF_DAY_BEFORE = re.compile(
    r"(?:\s(?:just|shortly|soon|well))?\s(?:at|before|after|around|by)\s+(?:about\s+|around\s+)?"
    r"(?:dawn|dusk|daybreak|sunrise|sunset|nightfall|noon|midnight|[0-9]{1,2}(?:[:.][0-9]{2})?\s*[ap]\.?m\.?)"
    r"\s+on\s+\Z",
    re.IGNORECASE,
)
#: ... or the preposition of a clock that opens the expression: " at " (4 a.m. on Oct. 29).
_PREPOSITION_OF_A_CLOCK_BEFORE = re.compile(
    r"(?:\s(?:just|shortly|soon|well))?\s(?:at|before|after|around|by)\s+(?:about\s+|around\s+)?\Z",
    re.IGNORECASE,
)
#: A clock that opens an expression: "4 a.m.", "10:30".
_CLOCK_AT = re.compile(r"[0-9]{1,2}(?:(?:[:.][0-9]{2})?\s*[ap]\.?m\b|:[0-9]{2})", re.IGNORECASE)


def finished_on(text: str, start: int) -> bool:
    """Whether the simple past of a finished event governs the date at ``start`` ("Sales fell on
    31 March", "The army crossed on 2 May", "The leaders met in June"): unlike a clause's tense
    cue, which may belong to another verb ("the rights, which were issued last year, expire on 21
    March"), it dates the past event itself, so the date is not one still to come.

    >>> finished_on("Sales fell on 31 March.", 14), finished_on("The vote was due on 31 March.", 20)
    (True, False)
    >>> finished_on("The contract expired June 30.", 21), finished_on("He said June 30 would do.", 8)
    (True, False)
    """
    time_of_day = _TIME_OF_DAY_BEFORE.search(text, max(0, start - 40), start)
    if time_of_day is None and _CLOCK_AT.match(text, start):
        time_of_day = _PREPOSITION_OF_A_CLOCK_BEFORE.search(text, max(0, start - 12), start)
    if time_of_day is not None:
        # "The quake killed 300 people just before dawn on Oct. 29", "killed 300 people at 4 a.m. on
        # Oct. 29": the verb before the time of day governs the day after it.
        shortened = text[: time_of_day.start()] + " on "
        return finished_on(shortened, len(shortened))
    if _RECORD_SET_BEFORE.search(text, max(0, start - 60), start) and not _FUTURE_IN_ITS_CLAUSE.search(
        text, sentence_bounds(text, start)[0], start
    ):
        # "The city set a record on July 30": "set", the same in the past, is a record's past.
        return True
    if _FIGURE_MOVED_IN_A_PERIOD_BEFORE.search(text, max(0, start - 90), start):
        # "The index fell 18 percent in the week ending Oct. 10": a figure's move over a period up
        # to the day is told once the period is done.
        return True
    if _SINCE_AN_EVENT_ON_BEFORE.search(text, max(0, start - 60), start):
        # "Since the vote on September 27, the FDP has lost support": the day of an event a state
        # is counted from has gone by.
        return True
    by_agent = _PASSIVE_BY_AGENT_BEFORE.search(text, max(0, start - 60), start)
    if by_agent is not None and not _FUTURE_IN_ITS_CLAUSE.search(
        text, sentence_bounds(text, start)[0], by_agent.start()
    ):
        participle = by_agent.group("participle").lower()
        if participle not in _NOT_FINISHED and participle not in _NOT_FINISHED_PASSIVE:
            # "He was hit by shrapnel in July", "The town was taken by the rebels in March": a past
            # passive with its agent dates a finished event.
            return True
    before = _VERB_ON_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    verb = before.group("verb")
    lower = verb.lower()
    if (
        before.group("particle")
        and lower in _FINISHED_WITH_A_PARTICLE
        and _previous_word(text, before.start())[0] in _PAST_PASSIVE
        and not _FUTURE_IN_ITS_CLAUSE.search(text, sentence_bounds(text, start)[0], before.start())
    ):
        # "The strike was called off on October 15", "The camp was set up on October 15".
        return True
    if lower in _PARTICIPLES_OF_FINISHED and _previous_word(text, before.start())[0] in (
        *_PAST_PASSIVE,
        "had",
    ):
        # "The demonstrations had begun on April 5", "The rally was held on April 5": a
        # pluperfect or a past passive of an irregular verb dates a finished event too.
        return True
    if not may_be_past(lower):
        with_object = _verb_with_object(text, start)
        if with_object is None:
            return False
        before = with_object
        verb = before.group("verb")
    lower = verb.lower()
    if lower in _NOT_FINISHED or not may_be_past(lower):
        return False
    if _is_currency(text, before.start("verb"), lower):
        return False
    if before.group("preposition") is None and lower in en.REPORTING_PAST:
        # "He said June 30 would be the deadline": with no "on", the day may be what was said.
        return False
    previous, at_sentence_start = _previous_word(text, before.start())
    if previous in _PAST_PASSIVE and lower not in _NOT_FINISHED_PASSIVE and _may_be_past_ed(lower):
        # "The ban was lifted in June", "were arrested on 3 May": a past passive dates a finished
        # event as the simple past does.
        return True
    if _may_be_past_ed(lower) and (
        previous == "had"
        or (previous == "been" and _HAD_BEEN_BEFORE.search(text, max(0, before.start() - 20), before.start()))
    ):
        # "Mubarak had resigned on Feb. 11", "had been arrested on March 20": so does the
        # pluperfect.
        return True
    return previous not in _AUXILIARIES and _is_past_form(verb, previous, at_sentence_start=at_sentence_start)


#: A sentence's subject up to the "in" of a month it holds: "Floods in ", "Rapid melting in April
#: and " (a noun phrase of a few words, opening its sentence).
_SUBJECT_IN_BEFORE = re.compile(
    r"(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,3}\s+in\s+(?:(?-i:[A-Z])[a-z]+\s+and\s+)?\Z", re.IGNORECASE
)
#: A date that opens its sentence after "On": "On Oct. 12 she finished her shift".
_FRONTED_ON_BEFORE = re.compile(r"[\s\"'“‘(]*On\s+")
#: Words that say a fronted date's clause is not done: "On Oct. 12 the council will vote".
_NOT_YET = frozenset(
    {"will", "would", "shall", "is", "are", "am", "plans", "plan", "hopes", "expects", "'ll"}
)
#: ... and the verb after the month (and a second month joined to it): " and May flooded".
_VERB_AFTER_SUBJECT = re.compile(r"(?:\s+and\s+(?-i:[A-Z])[a-z]+)?\s+(?P<verb>[a-z]+)\b")


def finished_after(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is in its sentence's subject and the simple past of
    a finished event follows as the sentence's verb ("Floods in April destroyed dozens of homes"):
    the subject's time is that event's, as in :func:`finished_on`.

    >>> finished_after("Floods in April destroyed homes.", 10, 15)
    True
    >>> finished_after("Floods in April will destroy homes.", 10, 15)
    False
    >>> finished_after("On Oct. 12 she finished her shift.", 3, 10)
    True
    """
    opens = sentence_bounds(text, start)[0]
    if _FRONTED_ON_BEFORE.fullmatch(text, opens, start):
        # "On Oct. 12 she finished her shift": the clause after a fronted date tells its event.
        for word in _WORD.findall(text, end, min(len(text), end + 40))[:5]:
            lowered = word.lower()
            if lowered in _NOT_YET:
                return False
            if lowered not in en.REPORTING_PAST and _is_past_form(lowered, "", at_sentence_start=False):
                return lowered not in _NOT_FINISHED
        return False
    if not _SUBJECT_IN_BEFORE.fullmatch(text, opens, start):
        return False
    if any(may_be_past(word.lower()) for word in _WORD.findall(text, opens, start)):
        return False
    after = _VERB_AFTER_SUBJECT.match(text, end)
    if after is None:
        return False
    verb = after.group("verb")
    return (
        verb not in _NOT_FINISHED
        and verb not in en.REPORTING_PAST
        and _is_past_form(verb, "", at_sentence_start=False)
    )


def _alone_in_parentheses(text: str, start: int, end: int) -> bool:
    """Whether a word fills a parenthesis alone: a caption's "(left)" is a place, not a verb."""
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def _tense_of(cue: _Cue, *, after: bool) -> Tense | None:
    """The tense a cue gives an expression ``after`` it or before it (``None``: no cue for it)."""
    if cue == "plan":
        return "future" if after else "past"
    if cue == "ahead":
        return "future" if after else None
    return cue


@functools.lru_cache(maxsize=2048)
def _lexicon_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A regex for exactly these cue words (texts share small sets: "said", "was", "is")."""
    alternatives = "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![A-Za-z'])(?:{alternatives})(?![A-Za-z'])", re.IGNORECASE)


def _trie(words: Iterable[str]) -> str:
    """A regex for ``words`` written as a tree of their common beginnings ("s(?:aid|ays)"): the
    engine compares each character once, where a list of alternatives tries every word."""
    children: dict[str, set[str]] = {}
    for word in words:
        children.setdefault(word[:1], set()).add(word[1:])
    ends = children.pop("", None) is not None
    if not children:
        return ""
    branches = "|".join(re.escape(first) + _trie(rest) for first, rest in sorted(children.items()))
    return f"(?:{branches})" + ("?" if ends else "")


#: The words that may be tense cues (see :func:`_cue_words`) in lower-cased text: the cue
#: lexicon's words (those without "-ed"), else an "-ed" form. Matching lower-cased text without
#: ``re.IGNORECASE`` is several times faster, and one regex serves every text (no regex to compile
#: for each text's own words). (No word of the lexicon ends in "-ed", so a word is found by one
#: alternative at most: one pass finds both kinds.) The pattern consumes the character before the
#: word (the word is group 1), one that is no letter or apostrophe: a pattern that begins with a
#: character class is one the regex engine scans for in a tight loop, where a look-behind in front
#: costs a match attempt at every position. (A match ends in a letter, so it never takes the
#: character before the next word: the words found are those of a look-behind.)
_LOWER_CUE_WORD = re.compile(
    r"[^a-z']("
    + _trie(
        word
        for word in _CUE_LEXICON
        if word == word.lower() and _WORD.fullmatch(word) and not word.endswith("ed")
    )
    + r"|[a-z]+ed)(?![a-z'])"
)
#: The characters that ``str.lower`` does not map as ``re.IGNORECASE`` matches them against ASCII
#: letters (U+0130 also lowers to two characters, which would shift the offsets).
_FOLDS_ODDLY = re.compile("[\u0130\u0131\u017f\u212a]")

#: A step told in the past that leads to what comes after it: "cleared the way for", "paved the
#: way for", "set the stage for".
_WAY_CLEARED_IN_THE_PAST = re.compile(r"(?:paved|cleared) the way for|set the stage for", re.IGNORECASE)
#: The words a future phrase (:data:`_FUTURE_PHRASES`) begins with, in lower case.
_FUTURE_OPENERS = (
    "will", "shall", "'ll", "'re", "'m", "'s", "'d", "won't", "is", "are", "was", "were", "am", "planned",
    "ticking", "counting", "countdown", "heading", "going",
    "isn't", "aren't", "wasn't", "weren't",
    "intended", "agreed", "promised", "vowed", "threatened", "decided", "pledged", "hoped", "plan",
    "filed", "applied", "had", "orders", "when", "starting", "beginning", "remaining",
    "place", "places", "spot", "spots",
    "berth", "berths",
    "ticket", "tickets",
    "committed", "commits", "commit",
    "plans", "planning", "intend", "intends", "aim", "aims", "hope", "hopes", "expect", "expects",
    "expecting", "expected",
    "want", "wants", "seek", "seeks", "prepare", "prepares", "preparing", "prepared", "set", "ready",
    "scheduled", "upcoming", "due", "been", "be", "as", "eod", "cob", "end", "please", "reminder",
    "demanded", "demands", "insisted", "insists", "looked",
    "invited", "invite", "invites", "inviting", "would", "should", "may", "might", "can", "cannot",
    "can't", "could", "must", "expire", "expires", "expiring", "effective", "anticipate", "anticipates",
    "forecast", "forecasts", "predict", "predicts", "predicted", "wanted", "sought", "aimed", "warns",
    "payable", "possible", "lapse", "lapses", "appeared", "seemed", "braced", "braces", "look",
    "remember", "we", "do", "does", "don't", "doesn't", "wouldn't", "wouldn", "shouldn't", "shouldn",
    "mightn't", "mightn",
    "mayn't", "mayn", "issued", "posted", "declared", "requested", "proposed", "suggested", "recommended",
    "insisted",
    "calls", "called", "call", "demand", "demands", "demanded", "demanding", "promise", "promises",
    "promised", "promising", "pledge", "pledges", "pledged", "pledging", "attention", "focus", "await",
    "threaten", "threatens", "threatening",
    "awaits", "awaiting", "if", "unless", "in", "estimate", "coming", "join", "tune", "stay", "need", "needs",
    "needed", "has", "voted", "have", "hoping", "project", "projects", "projected", "setting", "paves",
    "paved", "paving", "clears", "cleared", "clearing", "program", "special", "flight", "episode", "for",
    "outlook", "rule", "rules", "ruling", "no", "register", "apply", "rsvp", "enroll", "submit",
    "evacuate", "arrive", "avoid", "check", "move", "park", "looks", "lines", "line", "lining",
    "closes", "opens", "reopens", "hosts", "holds", "launches", "unveils", "begins", "starts", "resumes",
    "announces", "publishes", "releases",
    "sign", "calling", "face", "faces", "whether", "percent", "'ve", "let", "let's", "let’s", "sees", "see",
    "sets", "considered", "weighed", "discussed", "debated", "contemplated", "there", "there's",
    "favored", "favoured", "favors", "favours", "supported", "supports", "backed", "backs", "advocated",
    "advocates", "proposes", "recommends", "endorsed", "endorses", "arranged",
    *_DIRECTIVE_VERBS.split("|"),
)  # fmt: skip
#: The cue patterns that begin with one of a few words, and those words (in lower case). One pass
#: over the lower-cased text finds where any of the words stands (:data:`_OPENER`), and each
#: pattern is tried only there: a pattern that starts with a word boundary is otherwise tried at
#: every position of the text, once per pattern. (Keep the words in step with the patterns: a test
#: checks that both ways find the same.)
_OPENED: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_FUTURE_PHRASES, _FUTURE_OPENERS),
    (_UNTIL, ("until", "till", "through")),
    (_IS_ON_DATE, ("is", "are", "falls")),
    (_ARRIVES_AFTER, ("before",)),
    (_PRESENT_PERFECT, ("has", "have", "having", "'ve", "'s")),
    (_PRONOUN_PAST, ("it", "he", "she")),
    # (A day of a month written first, "15 April", is found from its number: see _OPENER.)
    (_SCHEDULED_DAY, (*en.WEEKDAYS, *en.MONTHS)),
)
#: The patterns each word of :data:`_OPENED` may open ("is" opens two), with their places in it.
_OPENED_BY = {
    word: tuple((number, pattern) for number, (pattern, words) in enumerate(_OPENED) if word in words)
    for _, words in _OPENED
    for word in words
}
#: ... and those the number of a day before its month opens.
_OPENED_BY_NUMBER = tuple(
    (number, pattern) for number, (pattern, _) in enumerate(_OPENED) if pattern is _SCHEDULED_DAY
)
#: The words of :data:`_OPENED` in lower-cased text, as whole words: no letter before one
#: (every pattern asks that, or a word boundary), except before an apostrophe (the "'s" of
#: "he's"), and none after (every pattern reads a space or a boundary next); and the number of a
#: day before its month ("15 April"), which opens a match of :data:`_SCHEDULED_DAY`. (Only the
#: number: a word the month is read from stays free to open a match of its own.)
_OPENER = re.compile(
    # (The look-behind shared by the words and the number is tried once at each position.)
    r"(?<![a-z])(?:"
    + _trie(word for word in _OPENED_BY if not word.startswith("'"))
    + r"(?![a-z])|(?<![0-9])[0-9]{1,2}(?= "
    + _trie(en.MONTHS)
    + r"(?![a-z])))|'(?:"
    + "|".join(word[1:] for word in _OPENED_BY if word.startswith("'"))
    + r")(?![a-z])"
)


def _cue_words(text: str, low: int = 0, high: int | None = None) -> list[tuple[int, int, str]]:
    """The words of ``text[low:high]`` that may be tense cues, as ``(start, end, word)`` in order:
    -ed forms (:data:`_ED_WORD`) and words of the cue lexicon written in any case that the stretch
    also holds as one of its :data:`_WORD` words ("DIDN'T" alone does not count: its words are
    "DIDN" and "T"). The reference algorithm (:func:`_cue_words_by_set`) finds the two kinds
    apart; the same words are found here with one regex over the lower-cased stretch."""
    high = len(text) if high is None else high
    # The stretch and the character before it, for the pattern to consume (a space before the
    # text's start): the stretch's offsets are those of the text, less ``low - 1``.
    stretch = text[low - 1 : high] if low else " " + text[:high]
    if _FOLDS_ODDLY.search(stretch):
        return _cue_words_by_set(text, low, high)
    found: list[tuple[int, int, str]] = []
    for match in _LOWER_CUE_WORD.finditer(stretch.lower()):
        start, end = low - 1 + match.start(1), low - 1 + match.end(1)
        word = text[start:end]
        if match.group(1).endswith("ed"):
            # An -ed form ends in a lower-case "ed" as the text writes it ("WANTED" is none).
            if word.endswith("ed"):
                found.append((start, end, word))
            continue
        # A word of letters alone is one of the stretch's words as it stands; "DIDN'T" is not.
        if "'" in word:
            written = _WORD.match(text, start, high)
            if written is None or written[0] != word:
                # "DIDN'T" counts only where the stretch also writes it as one word (rare).
                return _cue_words_by_set(text, low, high)
        found.append((start, end, word))
    return found


def _cue_words_by_set(text: str, low: int, high: int) -> list[tuple[int, int, str]]:
    """:func:`_cue_words` the plain way: the -ed forms, and the lexicon words (see
    :func:`_lexicon_words_by_set`)."""
    found = [(match.start(), match.end(), match.group(0)) for match in _ED_WORD.finditer(text, low, high)]
    found.extend(_lexicon_words_by_set(text, low, high))
    found.sort(key=lambda word: word[0])
    return found


def _lexicon_words_by_set(text: str, low: int, high: int) -> list[tuple[int, int, str]]:
    """The words of the cue lexicon (not "-ed" ones) in ``text[low:high]``: the lexicon words among
    the stretch's words first, with one C-level pass, then a regex naming only those."""
    present = {word.lower() for word in _WORD.findall(text, low, high)} & _CUE_LEXICON
    if not present:
        return []
    pattern = _lexicon_pattern(frozenset(present))
    return [
        (match.start(), match.end(), match.group(0))
        for match in pattern.finditer(text, low, high)
        if not match.group(0).lower().endswith("ed")
    ]


def _previous_word(text: str, position: int) -> tuple[str, bool]:
    """The word (or number) before ``position`` (lower case; empty at a sentence start) and whether the word
    at ``position`` opens a sentence (a full stop or a line break since the previous word)."""
    index = position - 1
    while index >= 0 and not text[index].isalpha():
        # (An initial's full stop ends no sentence, as for _SENTENCE_END: "the U.S. Open".)
        if text[index] in ".!?\n" and not _closes_initial(text, index):
            return "", True
        if text[index].isdigit():
            # ("The previous pope, elected in 2005, died on April 2": the number is the word
            # before, not the "in" before it.)
            end = index + 1
            while index >= 0 and text[index].isdigit():
                index -= 1
            return text[index + 1 : end], False
        index -= 1
    if index < 0:
        return "", True
    end = index + 1
    while index >= 0 and (text[index].isalpha() or text[index] == "'"):
        index -= 1
    if index > 0 and text[index] == "-" and text[index - 1].isalpha():
        # ("The airport sit-in began": a compound noun, not "in" the preposition.)
        index -= 1
        while index >= 0 and text[index].isalpha():
            index -= 1
    return text[index + 1 : end].lower(), False


def _closes_initial(text: str, index: int) -> bool:
    """Whether the full stop at ``index`` closes a capital's initial ("U.S.", "J. Smith")."""
    return (
        text[index] == "."
        and index > 0
        and text[index - 1].isupper()
        and (index < 2 or not text[index - 2].isalpha())
    )


def _quotation_end(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> int:
    """Where the quotation ``text[start:end]`` stands in ends, if it stands in one that opens after
    ``sentence_start`` and closes before ``sentence_end``; ``sentence_end`` else.

    >>> text = '"We may act before May," Pratt told the board.'
    >>> _quotation_end(text, 0, text.index("May"), text.index("May") + 3, len(text))
    23
    """
    before = text[sentence_start:start]
    opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    if not opened:
        return sentence_end
    close = _QUOTE_CLOSE.search(text, end, sentence_end)
    return sentence_end if close is None else close.start()


#: A quotation's closing mark.
_QUOTE_CLOSE = re.compile(r'["”]')


def tense_at(text: str, start: int, end: int | None = None) -> Tense | None:
    """The tense of the clause around ``text[start:end]``: ``"past"`` (also the present perfect),
    ``"future"``, ``"present"`` or ``None`` (no verb found).

    The nearest cue to the expression decides; cues after it count a little less. To ask about
    many expressions of one text, build a :class:`TenseIndex` once.
    """
    return TenseIndex(text).tense_at(start, end)


def _distance(cue_start: int, cue_end: int, start: int, end: int) -> int:
    if cue_end <= start:
        return start - cue_end
    if cue_start >= end:
        # Cues after the expression count a little less: the verb usually comes first.
        return (cue_start - end) + 8
    return 0


def _inside(cue_start: int, cue_end: int, start: int, end: int) -> bool:
    return cue_start < end and start < cue_end
