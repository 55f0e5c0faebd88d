import ChronographCore
import ChronographEvents
import Testing

@testable import Chronograph

/// The event stage on the parse, through the whole pipeline (time tagger, syntax, events), on short
/// texts written for these tests.
@Suite struct EventsOnParseTests {
    static let pipeline = try! Pipeline()

    static func mentions(_ text: String, date: String) -> [EventMention] {
        pipeline.analyze(Document(id: "t", text: text, publicationDate: date)).mentions
    }

    static func mention(_ text: String, date: String, trigger: String) throws -> EventMention {
        try #require(mentions(text, date: date).first { $0.text == trigger })
    }

    @Test func aRefusalIsDatedWhenItWasStated() throws {
        // 2024-03-08 is a Friday: "on Wednesday" is 6 March.
        let sign = try Self.mention("The president said on Wednesday that he will not sign the budget bill.", date: "2024-03-08", trigger: "sign")
        #expect(sign.factuality.isUnrealized)
        #expect(sign.time?.value == "2024-03-06")
        #expect(sign.time?.certainty == .relation)
    }

    @Test func aLeadWithoutADateTakesTheNewsDayNamedAfterIt() throws {
        let text = "Acme Corp has taken control of Beta Ltd and fired its chief executive.\n\nThe purchase closed on Thursday, the company said."
        let fired = try Self.mention(text, date: "2024-03-08", trigger: "fired")
        #expect(fired.time?.value == "2024-03-07")
        #expect(fired.time?.certainty == .context)
    }

    @Test func aHeadlineInThePresentTellsTheNewsDay() throws {
        let text = "Acme Corp completes purchase of Beta Ltd, fires chief executive\n\nAcme Corp took control of Beta Ltd on Thursday, the company said."
        let fires = try Self.mention(text, date: "2024-03-08", trigger: "fires")
        #expect(fires.time?.value == "2024-03-07")
    }

    @Test func aSayingInThePastIsOnTheStorysNewsDay() throws {
        let said = try Self.mention("The minister resigned on Thursday.\n\nHe said the decision was final.", date: "2024-03-08", trigger: "said")
        #expect(said.time?.value == "2024-03-07")
        #expect(said.time?.certainty == .context)
    }

    @Test func aVerbsSpellingReadAsANounForAThingIsNoEvent() throws {
        // "ear", "shop" and "window" are verbs too (verb-forms.tsv); read as nouns here they name things (WordNet).
        let texts = ["All the protesters had wanted was a listening ear.", "Looters smashed shop windows on Friday.",
                     "Guards escorted the executives out of the company's headquarters on Friday."]
        let found = texts.flatMap { Self.mentions($0, date: "2024-03-08").map(\.text) }
        #expect(!found.contains("ear"))
        #expect(!found.contains("windows"))
        #expect(!found.contains("shop"))
        #expect(!found.contains("headquarters"))
        #expect(found.contains("smashed"))
        // A noun read where a verb was guessed that names an act stays an event.
        _ = try Self.mention("He dropped a $43 billion offer, but the board did not react.", date: "2024-03-08", trigger: "offer")
    }

    @Test func whatADatedReportAfterItTellsHappenedByItsDate() throws {
        // 2022-10-28 is a Friday: "on Thursday night" is 27 October.
        let text = "Acme has taken control of Beta and ousted its chief executive, two people familiar with the deal said on Thursday night."
        let taken = try Self.mention(text, date: "2022-10-28", trigger: "taken")
        #expect(taken.time?.value.hasPrefix("2022-10-27") == true, "\(String(describing: taken.time))")
        #expect(taken.time?.mod == .onOrBefore)
        // With no report, a perfect in news holds at the time of writing.
        let plain = try Self.mention("Acme has taken control of Beta.", date: "2022-10-28", trigger: "taken")
        #expect(plain.time?.value == "2022-10-28")
    }

    @Test func aDefiniteDeedASentenceIsForIsAnEventNotDatedByTheSentence() throws {
        // 2023-03-04 is a Saturday: "on Friday" is 3 March.
        let text = "Alex Murdaugh was sentenced to life in prison on Friday for the murders of his wife and son."
        let murders = try Self.mention(text, date: "2023-03-04", trigger: "murders")
        #expect(murders.type == "death_toll")
        #expect(murders.time?.value != "2023-03-03", "\(String(describing: murders.time))")
        let sentenced = try Self.mention(text, date: "2023-03-04", trigger: "sentenced")
        #expect(sentenced.time?.value == "2023-03-03")
        // A charge is a kind of deed, not an event of its own.
        let charge = Self.mentions("The court sentenced him on Friday for murder and fraud.", date: "2023-03-04").map(\.text)
        #expect(!charge.contains("murder"), "\(charge)")
    }

    @Test func anEventNounModifyingAnotherIsNotDatedByTheClause() throws {
        // 2024-03-08 is a Friday: "on Wednesday" is 6 March, the day of the meeting, not of the merger.
        let text = "The regulator reviewed the merger proposal and its board held a meeting on Wednesday to discuss the bid."
        let merger = try Self.mention(text, date: "2024-03-08", trigger: "merger")
        #expect(merger.time?.value != "2024-03-06", "\(String(describing: merger.time))")
        let held = try Self.mention(text, date: "2024-03-08", trigger: "held")
        #expect(held.time?.value == "2024-03-06")
        // A date inside the noun phrase is the modifier's own.
        let riot = try Self.mention("Police opened the Monday riot inquiry on Thursday.", date: "2024-03-08", trigger: "riot")
        #expect(riot.time?.value == "2024-03-04", "\(String(describing: riot.time))")
    }

    @Test func aFollowUpReportTellsOfTheDayItsStoryHappened() throws {
        // 2021-09-08 is a Wednesday: "on Sunday" is 5 September, three days before the report.
        let text = "Soldiers seized power in the capital on Sunday and detained the president.\n\nCrowds celebrated in the streets."
        let celebrated = try Self.mention(text, date: "2021-09-08", trigger: "celebrated")
        #expect(celebrated.time?.value == "2021-09-05", "\(String(describing: celebrated.time))")
        #expect(celebrated.time?.certainty == .context)
        // Six days on (a Saturday), that Sunday is no news day of the report: what it tells is only bounded by its date.
        let later = try Self.mention(text, date: "2021-09-11", trigger: "celebrated")
        #expect(later.time?.certainty == .documentDate, "\(String(describing: later.time))")
    }

    @Test func whatTheNewsDayFollowsHappenedByThatDay() throws {
        // 2023-09-10 is a Sunday: "on Saturday" is 9 September, the news day; the earthquake came before it.
        let text = "Rescuers were searching the rubble on Saturday for survivors after the deadliest earthquake in decades."
        let quake = try Self.mention(text, date: "2023-09-10", trigger: "earthquake")
        #expect(quake.time?.value == "2023-09-09", "\(String(describing: quake.time))")
        #expect(quake.time?.mod == .onOrBefore)
    }

    @Test func aPlanTheReportItselfStatesIsDatedByTheReport() throws {
        let moved = try Self.mention("The former lawyer will be moved to a state prison.", date: "2023-03-03", trigger: "moved")
        #expect(moved.factuality.isUnrealized)
        #expect(moved.time?.value == "2023-03-03", "\(String(describing: moved.time))")
        #expect(moved.time?.certainty == .documentDate)
        // A plan a dated saying states keeps the saying's date (2024-03-08 is a Friday).
        let sign = try Self.mention("The president said on Wednesday that he will not sign the budget bill.", date: "2024-03-08", trigger: "sign")
        #expect(sign.time?.value == "2024-03-06")
    }

    @Test func aPhraseTriggerIsInflectedInItsFirstWord() throws {
        let fire = try Self.mention("Police opened fire on the crowd.", date: "2024-03-08", trigger: "opened fire")
        #expect(fire.tense == "past")
        // Told as done in a dated report: on or before the report's day.
        #expect(fire.time?.value == "2024-03-08")
        #expect(fire.time?.mod == .onOrBefore)
        let will = try Self.mention("Police will open fire on the crowd.", date: "2024-03-08", trigger: "open fire")
        #expect(will.tense == "future")
    }

    @Test func aPossessiveDateAfterByIsNoBound() throws {
        let floods = try Self.mention("Villages across the valley were hit by Monday's floods.", date: "2024-03-08", trigger: "floods")
        #expect(floods.time?.value == "2024-03-04")
        #expect(floods.time?.certainty == .explicit)
    }

    @Test func disastersAreTypedFromWordNetAndOnTheTimeline() throws {
        let crash = try Self.mention("The crash of a passenger plane near Orlov on Tuesday killed twelve people.", date: "2024-03-08", trigger: "crash")
        #expect(crash.type == "disaster")
        #expect(crash.minor == nil)
        #expect(crash.time?.value == "2024-03-05")
    }

    @Test func anAmountAfterAVerbOfChangeIsNoYear() throws {
        let analysis = Self.pipeline.analyze(Document(id: "t", text: "The number of victims has risen to 1400, officials said.", publicationDate: "2024-03-08"))
        #expect(!analysis.timexes.contains { $0.value == "1400" })
    }

    @Test func aPlanNeverCarriedOutIsLabeledAsThePlan() throws {
        let text = "Investigators say the organizers planned to recruit gunmen from abroad, but the plan was foiled."
        let recruit = try Self.mention(text, date: "2024-03-08", trigger: "recruit")
        #expect(recruit.factuality.isUnrealized)
        // Who planned it, when the controlling verb says so; else "Plan to ...".
        #expect(recruit.label.hasPrefix("Organizers planned to recruit gunmen"))
        let hire = try Self.mention("Prosecutors say there was a plan to hire gunmen from abroad, but it was foiled.", date: "2024-03-08", trigger: "hire")
        #expect(hire.factuality.isUnrealized)
        #expect(hire.label.hasPrefix("Plan to hire gunmen"))
    }

    @Test func aPageFieldLabelIsNoEvent() throws {
        let ms = Self.mentions("Published: Fri 8 Mar 2024, 6:43 AM\n\nThe port reopened on Thursday.", date: "2024-03-08")
        #expect(!ms.contains { $0.text == "Published" })
        #expect(ms.contains { $0.text == "reopened" })
    }

    @Test func aVowIsLabeledWithWhoVowed() throws {
        let appeal = try Self.mention("Adam Kowal has vowed to appeal his conviction.", date: "2024-03-08", trigger: "appeal")
        #expect(appeal.label.hasPrefix("Adam Kowal vowed to appeal"))
    }

    @Test func aPossessivePronounNamesWhoseEventItIs() throws {
        let trial = try Self.mention("Adam Kowal was arrested in May 2023.\n\nHis trial opened on Monday.", date: "2024-03-08", trigger: "trial")
        #expect(trial.label.contains("Adam Kowal"))
    }

    @Test func anEventNounSubjectOfTheFutureIsPlanned() throws {
        let text = "A jury has found the former mayor guilty of fraud. Sentencing will be set for May 28, 2024."
        let ms = Self.mentions(text, date: "2024-03-08")
        let sentencing = try #require(ms.first { $0.text == "Sentencing" })
        #expect(sentencing.factuality == .planned)
        #expect(sentencing.time?.value == "2024-05-28")
        // The verdict, bounded by the report, is not merged into the sentencing of May.
        let graph = GraphBuilder().build([Self.pipeline.analyze(Document(id: "t", text: text, publicationDate: "2024-03-08"))])
        #expect(!graph.events.contains { e in e.mentions.contains { $0.text == "found" } && e.mentions.contains { $0.text == "Sentencing" } })
    }

    @Test func otherPointsBackToTheNamedConjunct() throws {
        let text = "In May 2023, the former mayor of Brenton, Adam Kowal, and other officials were sentenced for bribery."
        let sentenced = try Self.mention(text, date: "2024-03-08", trigger: "sentenced")
        #expect(sentenced.label.hasPrefix("Adam Kowal and other officials sentenced"))
    }

    static func graph(_ docs: [(id: String, text: String, date: String)]) -> EventGraph {
        GraphBuilder().build(docs.map { pipeline.analyze(Document(id: $0.id, text: $0.text, publicationDate: $0.date)) })
    }

    @Test func minorMentionsOfOneVerbAreOneEvent() throws {
        // "collapsed" twice on one named day, no participant named: one happening told twice.
        let text = "On Monday, some warehouses collapsed in the storm. Later on Monday, several warehouses collapsed near the docks."
        let g = Self.graph([("t", text, "2024-03-06")])
        let collapsed = g.events.filter { e in e.mentions.contains { $0.text == "collapsed" } }
        #expect(collapsed.count == 1)
        #expect(collapsed.first?.mentions.count == 2)
    }

    @Test func firingAPersonIsADismissalFiringGasIsNot() throws {
        let fired = try Self.mention("Acme Corp fired its chief financial officer on Tuesday.", date: "2024-03-08", trigger: "fired")
        #expect(fired.type == "dismissal")
        let gas = try Self.mention("Police fired tear gas at protesters on Tuesday.", date: "2024-03-08", trigger: "fired")
        #expect(gas.type != "dismissal")
        let shots = try Self.mention("Soldiers fired at the executives' cars on Tuesday.", date: "2024-03-08", trigger: "fired")
        #expect(shots.type != "dismissal")
    }

    @Test func aDeathTollReportedInTwoArticlesIsOneToll() throws {
        let a = "The death toll from the earthquake in Turkey and Syria rose to 1,300 on Monday, officials said."
        let b = "The death toll in Syria and Turkey rose on Monday as rescuers searched the rubble."
        let g = Self.graph([("a", a, "2024-03-05"), ("b", b, "2024-03-05")])
        let tolls = g.events.filter { $0.type == "death_toll" }
        #expect(tolls.count == 1)
    }

    @Test func anObjectPronounIsLeftOutOfTheLabel() throws {
        let approved = try Self.mention("The board approved the sale on Monday. Regulators approved it on Tuesday.", date: "2024-03-08", trigger: "approved")
        #expect(!approved.label.hasSuffix(" it"))
    }

    @Test func aQuotedTodayGivesWayToAStatedDate() throws {
        let said = Self.mentions("\"Today's verdict proves he was wrong,\" the prosecutor said.", date: "2024-03-08")
        let verdict = try #require(said.first { $0.text == "verdict" })
        #expect(verdict.time?.certainty != .explicit)
    }

    @Test func theVerdictAndTheSentenceAreTwoEvents() throws {
        let text = "Adam Kowal was sentenced to 25 years in prison on Thursday. A jury found him guilty of fraud in November, and his conviction was upheld."
        let g = Self.graph([("t", text, "2024-03-29")])
        let sentence = try #require(g.events.first { e in e.mentions.contains { $0.text == "sentenced" } })
        let verdict = try #require(g.events.first { e in e.mentions.contains { $0.text == "found" } })
        #expect(sentence.type == "sentencing" && verdict.type == "verdict")
        #expect(sentence.id != verdict.id)
        #expect(verdict.time?.value == "2023-11")
    }

    @Test func aRefusalInAQuoteIsDatedByTheSayingAfterIt() throws {
        // The parse makes the quote the root and "declared" its parataxis.
        let text = "\u{201C}Therefore, I will not sign the 2024 finance bill,\u{201D} the president declared on Wednesday."
        let sign = try Self.mention(text, date: "2024-06-27", trigger: "sign")
        #expect(sign.factuality.isUnrealized)
        #expect(sign.time?.value == "2024-06-26")
        #expect(sign.time?.certainty == .relation)
    }

    @Test func aTitleBeforeACommonWordNamesACompany() throws {
        let emerged = try Self.mention("A new General Motors emerged from bankruptcy on Friday.", date: "2009-07-11", trigger: "emerged")
        #expect(emerged.actors.contains { $0.name == "General Motors" && $0.kind == .organization })
        let visited = try Self.mention("General Petraeus visited Kabul on Friday.", date: "2009-07-11", trigger: "visited")
        #expect(visited.actors.contains { $0.name == "Petraeus" && $0.kind == .person && $0.title == "General" })
    }

    @Test func anEventNounTakesTheAgentOfItsSupportVerb() throws {
        let bankruptcy = try Self.mention("General Motors Corp. filed for bankruptcy protection on Monday.", date: "2009-06-02", trigger: "bankruptcy")
        #expect(bankruptcy.actors.map(\.name) == ["General Motors"])
        // A verb of its own kind keeps its agent: who condemns a coup did not stage it.
        let coup = try Self.mention("President Adam Kowal condemned the coup on Monday.", date: "2009-06-02", trigger: "coup")
        #expect(!coup.actors.contains { $0.name == "Adam Kowal" })
    }

    @Test func theCompanyStandsForTheCompanyNamedLast() throws {
        let text = "General Motors Corp. filed for bankruptcy protection on Monday. The automaker also agreed to sell its Hummer brand to a Chinese company."
        let agreed = try Self.mention(text, date: "2009-06-02", trigger: "agreed")
        #expect(agreed.actors.map(\.name) == ["General Motors"])
        // "Now" opens a sentence; it names no company for "the company" to stand for.
        let now = "Now it was announced on Monday that the company agreed to sell itself."
        let sell = try Self.mention(now, date: "2022-04-26", trigger: "agreed")
        #expect(!sell.actors.contains { $0.name == "Now" })
    }

    @Test func anAgeBetweenCommasEndsNoClause() throws {
        let text = "A jury found Adam Kowal, 32, guilty on November 2 on seven fraud counts stemming from the exchange's collapse."
        let found = try Self.mention(text, date: "2024-03-28", trigger: "found")
        #expect(found.time?.value == "2023-11-02")
        #expect(found.time?.certainty == .explicit)
    }

    @Test func anAdverbBetweenAuxiliariesKeepsTheFuture() throws {
        let withdrawn = try Self.mention("The minister said on Thursday that the tax shall subsequently be withdrawn.", date: "2024-03-08", trigger: "withdrawn")
        #expect(withdrawn.tense == "future")
    }

    @Test func aQuantitySubjectSaysWhatItCounts() throws {
        let wanted = try Self.mention("Neither of the two officials wanted to be identified.", date: "2024-03-08", trigger: "wanted")
        #expect(wanted.label.hasPrefix("Neither of"))
        #expect(wanted.label.contains("officials"))
    }

    @Test func aQuotedTodayTellsNoMoreThanTheReportsDay() throws {
        let signed = try Self.mention("\"Today we signed the agreement,\" the minister said.", date: "2024-03-08", trigger: "signed")
        #expect(signed.time?.value == "2024-03-08")
        #expect(signed.time?.certainty == .documentDate)
    }

    @Test func aDateThatIsTheClausesSubjectDatesNothingInIt() throws {
        // 2024-03-06 is a Wednesday: "Friday" is the deadline, not the day of the ceasefire.
        let ceasefire = try Self.mention("Friday was set as the deadline for a ceasefire agreement.", date: "2024-03-06", trigger: "ceasefire")
        #expect(ceasefire.time?.certainty != .explicit)
    }

    @Test func aDateAfterANounIsTheVerbsTimeNotASubject() throws {
        // News style puts the day between subject and verb; the parse may take it for a subject.
        let text = "Retaliating for the bombings, U.S. forces Thursday launched missile strikes against camps in Sudan."
        let launched = try Self.mention(text, date: "2024-03-08", trigger: "launched")
        #expect(launched.time?.value == "2024-03-07")
        #expect(launched.time?.certainty == .explicit)
    }

    @Test func theNewsDayOfItsOwnSentenceDatesAnUndatedLead() throws {
        // "Thursday" of the sentence before is another event's day; the report in the same sentence bounds this one.
        let text = "The minister resigned on Thursday.\n\nThe company fired its chief executive, two people said on Friday."
        let fired = try Self.mention(text, date: "2024-03-08", trigger: "fired")
        #expect(fired.time?.value == "2024-03-08")
        #expect(fired.label == "The company fired its chief executive")
    }

    @Test func reportsOfTwoDaysDateTheEventByTheEarlierOne() throws {
        // Neither report dates the firing; it happened by the day the first of them was written.
        let text = "Acme Corp has fired its chief executive Adam Kowal."
        let g = Self.graph([("late", text, "2024-03-08"), ("early", text, "2024-03-07")])
        let fired = try #require(g.events.first { e in e.mentions.contains { $0.text == "fired" } })
        #expect(Set(fired.mentions.map(\.doc)) == ["late", "early"])
        #expect(fired.time?.value == "2024-03-07")
        #expect(fired.time?.certainty == .documentDate)
    }

    @Test func aPassiveInfinitiveKeepsItsAuxiliary() throws {
        let identified = try Self.mention("The bodies are expected to be identified next week, police said.", date: "2024-03-08", trigger: "identified")
        #expect(identified.label.contains("to be identified"))
        #expect(identified.factuality.isUnrealized)
    }

    @Test func aVerbWithoutTenseGoesWithTheEventItDependsOn() throws {
        // 2024-03-08 is a Friday: "on Wednesday" is 6 March.
        let text = "Army officers seized power on Wednesday, placing the president under house arrest and naming a new leader."
        let naming = try Self.mention(text, date: "2024-03-08", trigger: "naming")
        #expect(naming.time?.value == "2024-03-06")
    }

    @Test func namingALeaderIsAnAppointmentNamingASuspectIsNot() throws {
        let leader = try Self.mention("The generals named a new leader on Wednesday.", date: "2024-03-08", trigger: "named")
        #expect(leader.type == "appointment")
        let suspect = try Self.mention("Police named the suspect on Wednesday.", date: "2024-03-08", trigger: "named")
        #expect(suspect.type != "appointment")
    }

    @Test func aDatelineFurtherDownThePageDatesNoEvent() throws {
        // Below a headline and a teaser, "Friday, March 8, 2024 -" says when the piece was filed.
        let text = "Parliament stormed in Lodz\n\nThousands marched through the city. Shops stayed closed.\n\nRoads were empty.\n\n"
            + "Friday, March 8, 2024 - Protesters stormed the parliament building in Lodz."
        let stormed = try #require(Self.mentions(text, date: "2024-03-08").last { $0.text == "stormed" })
        #expect(stormed.time?.certainty != .explicit)
    }

    @Test func oneSpeakersSayingsOfOneDayAreOneStatement() throws {
        let text = "Acme chief executive Adam Kowal said on Friday the company would cut 500 jobs. Adam Kowal added that the factory in Lodz would close."
        let g = Self.graph([("t", text, "2024-03-08")])
        let said = try #require(g.events.first { e in e.mentions.contains { $0.text == "said" } })
        #expect(said.mentions.contains { $0.text == "added" })
    }

    @Test func aPronounSubjectMakesItsAntecedentAParticipant() throws {
        let said = try Self.mention("Adam Kowal resigned on Thursday.\n\nHe said the decision was final.", date: "2024-03-08", trigger: "said")
        #expect(said.actors.contains { $0.name == "Adam Kowal" })
    }

    @Test func aReportThatNamesNoParticipantJoinsTheSameDaysEventOfItsKind() throws {
        let g = Self.graph([
            ("a", "A jury found Adam Kowal guilty of fraud on Thursday.", "2024-03-08"),
            ("b", "The verdict by the jury came after a month-long trial.", "2024-03-08"),
        ])
        let verdict = try #require(g.events.first { e in e.mentions.contains { $0.text == "found" } })
        #expect(verdict.mentions.contains { $0.doc == "b" && $0.text == "verdict" })
        // Of another day, it stays apart.
        let apart = Self.graph([
            ("a", "A jury found Adam Kowal guilty of fraud on Thursday.", "2024-03-08"),
            ("b", "The verdict by the jury came after a month-long trial.", "2024-03-20"),
        ])
        #expect(!apart.events.contains { e in e.mentions.contains { $0.doc == "a" } && e.mentions.contains { $0.doc == "b" && $0.text == "verdict" } })
    }

    @Test func whatADatedReportTellsOfThePastHappenedByItsDate() throws {
        // "ordered" is of no salient type; the report of Friday bounds it as it bounds an arrest.
        let ordered = try Self.mention("The president said on Friday he had ordered troops to shoot without warning.", date: "2024-03-08", trigger: "ordered")
        #expect(ordered.time?.value == "2024-03-08")
        #expect(ordered.time?.mod == .onOrBefore)
    }

    @Test func whatAnAfterClauseTellsHappenedByItsMainEventsDay() throws {
        // 2024-01-06 is a Saturday: "on Wednesday" is 3 January; the storming came before the removal.
        let text = "The president removed his predecessor as head of the Security Council on Wednesday after protesters stormed government buildings."
        let stormed = try Self.mention(text, date: "2024-01-06", trigger: "stormed")
        #expect(stormed.time?.value == "2024-01-03")
        #expect(stormed.time?.mod == .onOrBefore)
    }

    @Test func aConjoinedVerbOfTheSameSubjectSharesItsDate() throws {
        // 2023-09-01 is a Friday: "on Wednesday" is 30 August, not the Thursday the next sentence names.
        let text = "The officers seized power on Wednesday, appeared on state television to announce the results were cancelled, and dissolved the parliament. Police imposed a curfew in the capital on Thursday."
        let appeared = try Self.mention(text, date: "2023-09-01", trigger: "appeared")
        #expect(appeared.time?.value == "2023-08-30")
    }

    @Test func anEventNounTakesTheDateOfTheRelativeClauseItIsTheSubjectOf() throws {
        // The assault left them dead in 2015: it is not the coup's Wednesday the story names before it.
        let text = "Soldiers seized power in Gabon on Wednesday. Prosecutors described an assault that left hundreds dead in 2015."
        let assault = try Self.mention(text, date: "2023-08-31", trigger: "assault")
        #expect(assault.time?.value == "2015")
    }

    @Test func anEventNounAfterWhichADatedEventCameHappenedByIt() throws {
        // The death came before 2009, not on the coup's Wednesday the story names before it.
        let text = "Soldiers seized power in Gabon on Wednesday. Bongo took office in 2009 after the death of his father, Omar Bongo."
        let death = try Self.mention(text, date: "2023-08-31", trigger: "death")
        #expect(death.type == "death_toll")
        #expect(death.time?.value == "2009")
        #expect(death.time?.mod == .onOrBefore)
        // A noun the dated event does not follow keeps the story's day.
        let deaths = try Self.mention("Soldiers seized power in Gabon on Wednesday. The clashes caused deaths in the capital.", date: "2023-08-31", trigger: "deaths")
        #expect(deaths.type == "death_toll")
        #expect(deaths.time?.mod == nil)
    }

    @Test func aWireDatelineIsNoSubject() throws {
        // The place a report was filed from opens the sentence in capitals; the police detained them.
        for text in ["MOSCOW (Reuters) - Police detained 200 protesters on Tuesday.", "NEWARK, N.J. _ Police detained 200 protesters on Tuesday."] {
            let detained = try Self.mention(text, date: "2024-03-08", trigger: "detained")
            #expect(detained.label.hasPrefix("Police detained"), "\(detained.label)")
            #expect(detained.time?.value == "2024-03-05")
        }
        // A capitalized word that is no place in capitals, and a sentence that only mentions a dash, are left whole.
        let us = try Self.mention("US troops - about 300 of them - arrived in Kabul on Tuesday.", date: "2024-03-08", trigger: "arrived")
        #expect(us.label.contains("arrived"))
    }

    @Test func aCompanyNamedByOneWordSaysAsACompany() throws {
        // "Boeing said": one unknown capitalized word is no person, so "it" in what it said is Boeing.
        let text = "The Dow rose 50 points on Friday. Boeing said it had won an order for 20 aircraft."
        let won = try Self.mention(text, date: "2024-03-08", trigger: "won")
        #expect(won.label.hasPrefix("Boeing won"), "\(won.label)")
        let said = try Self.mention(text, date: "2024-03-08", trigger: "said")
        #expect(said.actors.first { $0.name == "Boeing" }?.kind == .organization)
        // A person named in full first keeps being a person when the surname alone speaks.
        let again = try Self.mention("Karim Masimov was arrested on Friday. Masimov said he was innocent.", date: "2024-03-08", trigger: "said")
        #expect(again.actors.first?.name == "Karim Masimov")
        #expect(again.actors.first?.kind == .person)
    }

    @Test func aCompanysLegalFormKeepsItsFirstWord() throws {
        // "Ford" is also a verb; before "Motor Co." it is the company's first word.
        let reported = try Self.mention("Ford Motor Co. reported a profit on Tuesday.", date: "2024-03-08", trigger: "reported")
        #expect(reported.actors.map(\.name) == ["Ford Motor"])
        #expect(reported.actors.first?.kind == .organization)
    }

    @Test func whatHadHappenedHappenedByTheReportsDay() throws {
        let offered = try Self.mention("Renault and Nissan had offered to buy a 20 percent stake in the company.", date: "2006-10-06", trigger: "offered")
        #expect(offered.time?.value == "2006-10-06")
        #expect(offered.time?.mod == .onOrBefore)
    }

    @Test func whatANamedSpeakerSaysOfItIsOfTheSpeaker() throws {
        // "it" is the speaker, not the model named last before it.
        let text = "Emirates, the largest customer for the A380, said it would seek compensation."
        let seek = try Self.mention(text, date: "2006-10-03", trigger: "seek")
        #expect(seek.label.hasPrefix("Emirates"), "\(seek.label)")
        // A quotation told before its speaker is in the speaker's own words: its "he" is someone else.
        let quoted = "Adam Kowal was sentenced on Thursday. \"He will see the light of day,\" said Ira Sorkin, a lawyer."
        let see = try Self.mention(quoted, date: "2024-03-08", trigger: "see")
        #expect(!see.label.contains("Ira Sorkin"), "\(see.label)")
    }

    @Test func aModelsDesignationIsAProduct() throws {
        let text = "Airbus delivered its first A380 superjumbo on Monday. The company said the wiring problems were solved."
        let delivered = try Self.mention(text, date: "2007-10-17", trigger: "delivered")
        #expect(delivered.actors.contains { $0.name == "A380" && $0.kind == .product })
        // "The company" is Airbus, not the model named after it.
        let said = try Self.mention(text, date: "2007-10-17", trigger: "said")
        #expect(said.actors.map(\.name).contains("Airbus"), "\(said.actors.map(\.name))")
        #expect(!said.actors.map(\.name).contains("A380"))
    }

    @Test func anObjectPronounNamesAParticipant() throws {
        let text = "Twitter Inc. sued Elon Musk on Tuesday. The company accused him of breaching the merger agreement. Musk said Twitter had misled him."
        let accused = try Self.mention(text, date: "2022-07-14", trigger: "accused")
        #expect(accused.label.hasPrefix("Twitter accused Elon Musk"), "\(accused.label)")
        #expect(accused.actors.contains { $0.name == "Elon Musk" && $0.role == "patient" })
        // The speaker as the object of what he says stays a pronoun in the saying's label.
        let said = try Self.mention(text, date: "2022-07-14", trigger: "said")
        #expect(said.label == "Elon Musk said Twitter had misled him", "\(said.label)")
        // An object pronoun is not the clause's own subject: left out rather than "Kowal worked with Kowal".
        let worked = try Self.mention("Adam Kowal met the minister on Monday. Kowal worked with him for years.", date: "2024-03-08", trigger: "worked")
        #expect(!worked.label.contains("with Adam Kowal"), "\(worked.label)")
    }

    @Test func aContractedNegationNegates() throws {
        // "didn't" and "didn’t" (a typographic apostrophe) negate as "did not" does, in the label and in the facts.
        for text in ["Police didn't arrest the leaders on Tuesday.", "Police didn\u{2019}t arrest the leaders on Tuesday.", "Police did not arrest the leaders on Tuesday."] {
            let arrest = try Self.mention(text, date: "2024-03-08", trigger: "arrest")
            #expect(arrest.factuality == .negated, "\(text)")
            #expect(arrest.label == "Police did not arrest the leaders", "\(arrest.label)")
        }
        let said = try Self.mention("Adam Kowal testified that he didn\u{2019}t defraud customers.", date: "2024-03-08", trigger: "testified")
        #expect(said.label.contains("did not defraud"), "\(said.label)")
    }

    @Test func theParsesArgumentsAreParticipants() throws {
        // Another event ("founded") stands between the name and its verbs: the parse still gives their subject.
        let text = "Acme, founded in 2019, grew rapidly but collapsed in November 2022."
        for trigger in ["grew", "collapsed"] {
            let m = try Self.mention(text, date: "2023-11-03", trigger: trigger)
            #expect(m.actors.contains { $0.name == "Acme" && $0.role == "agent" }, "\(trigger): \(m.actors.map(\.name))")
        }
    }

    @Test func aNameTheHeadlineGivesIsAParticipant() throws {
        let purchase = try Self.mention("The purchase of Beta Ltd by Acme Corp closed on Friday.", date: "2024-03-08", trigger: "purchase")
        #expect(purchase.actors.map(\.name).contains("Beta"), "\(purchase.label): \(purchase.actors.map(\.name))")
    }

    @Test func aPronounOpeningASentenceIsTheLastSentencesSubject() throws {
        let text = "Adam Kowal fired the chief financial officer, Ned Segal, on Thursday. He accused him of misleading investors."
        let accused = try Self.mention(text, date: "2024-03-08", trigger: "accused")
        #expect(accused.label.hasPrefix("Adam Kowal accused"), "\(accused.label)")
    }

    @Test func theFocusFollowsParticipantsNotPlaces() throws {
        let g = Self.graph([("t", "Police arrested 20 protesters in Turkey on Monday. Turkey recalled its ambassador on Tuesday.", "2024-03-08")])
        let kept = g.events.filter { EventFilter(focus: "Turkey").keeps($0, family: { $0 }) }
        #expect(kept.contains { e in e.mentions.contains { $0.text == "recalled" } })
        #expect(!kept.contains { e in e.mentions.contains { $0.text == "arrested" } }, "\(kept.map(\.label))")
    }

    @Test func theFocusFollowsAPersonsSurnameAcrossReports() throws {
        let g = Self.graph([
            ("a", "Adam Kowal was arrested in Warsaw on Monday.", "2024-03-08"),
            ("b", "Kowal pleaded not guilty on Thursday. Maria Nowak resigned on Friday.", "2024-03-09"),
        ])
        let kept = g.events.filter { EventFilter(focus: "Adam Kowal").keeps($0, family: { $0 }) }
        #expect(kept.contains { e in e.mentions.contains { $0.doc == "b" && $0.text == "pleaded" } }, "\(kept.map(\.label))")
        #expect(!kept.contains { e in e.mentions.contains { $0.text == "resigned" } })
        #expect(EventFilter.surname("Adam Kowal") == "kowal")
        #expect(EventFilter.surname("Twitter") == nil)
    }

    @Test func aNameOpeningASentenceIsANameWhenTheTextWritesItInside() throws {
        // "Twitter" is also a verb; opening a sentence it would read as a capital only, but the text writes it
        // capitalized inside a sentence too.
        let text = "Elon Musk agreed to buy Twitter on Monday. Twitter said it will become a privately held company."
        let said = try Self.mention(text, date: "2022-04-26", trigger: "said")
        #expect(said.actors.contains { $0.name == "Twitter" && $0.role == "agent" }, "\(said.actors.map(\.name))")
        #expect(said.label == "Twitter said it will become a privately held company" || said.label.hasPrefix("Twitter said"), "\(said.label)")
    }

    @Test func thePresidentIsThePersonNamedWithThatTitle() throws {
        let text = "President Adam Kowal was detained by soldiers on Wednesday. Crowds celebrated the president's removal in the capital."
        let removal = try Self.mention(text, date: "2024-03-08", trigger: "removal")
        #expect(removal.actors.contains { $0.name == "Adam Kowal" }, "\(removal.actors.map(\.name))")
        // "the president of the commission" is another person.
        let other = try Self.mention("President Adam Kowal spoke on Monday. The president of the commission resigned on Tuesday.", date: "2024-03-08", trigger: "resigned")
        #expect(!other.actors.contains { $0.name == "Adam Kowal" }, "\(other.actors.map(\.name))")
    }

    @Test func aCountryBeforeAPluralNamesABodyOfIt() throws {
        let delivered = try Self.mention("Airbus delivered the first aircraft to Singapore Airlines on Monday.", date: "2007-10-17", trigger: "delivered")
        #expect(delivered.actors.contains { $0.name == "Singapore Airlines" && $0.kind == .organization }, "\(delivered.actors.map(\.name))")
        #expect(!delivered.actors.contains { $0.name == "Airlines" })
        // "Kazakhstan President X": the country stays apart from the title and the person.
        let met = try Self.mention("Kazakhstan President Kassym-Jomart Tokayev met the envoy on Monday.", date: "2024-03-08", trigger: "met")
        #expect(met.actors.contains { $0.name == "Kassym-Jomart Tokayev" && $0.kind == .person }, "\(met.actors.map(\.name))")
    }
}
