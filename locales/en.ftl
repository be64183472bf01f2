# carnet's messages, English: the reference. Every message here has a
# French twin in fr.ftl with the same placeholders (a test checks).

## Counts
n-customers = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
n-contacts = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
}
n-purchases = { $count ->
    [one] { $count } purchase
   *[other] { $count } purchases
}

## Prompts
prompt-yes-no = [y/N]
prompt-declined = nothing done

## RFM summary
rfm-title = RFM as of { $date }: { $customers }, revenue { $revenue }
rfm-col-share = share
rfm-col-recency = recency
rfm-col-visits = visits
rfm-col-spend = spend

rfm-days = { $days } d
rfm-bounds-recency = recency (days)
rfm-bounds-spent = spent
rfm-bounds-title = What each score covers (customers in brackets):
rfm-what-to-do = What to do:

## Advice per RFM segment
advice-champions = reward them; ask for reviews and referrals
advice-loyal-customers = offer loyalty perks and new products first
advice-potential-loyalist = invite them back with a membership or a workshop
advice-new-customers = welcome them; help them come back a second time
advice-promising = make them known to you: a personal follow-up
advice-need-attention = a limited-time offer based on past purchases
advice-about-to-sleep = remind them of what they liked, before they drift off
advice-at-risk = a personal message: they used to come often
advice-cant-lose-them = call them: your big spenders have gone quiet
advice-hibernating = one low-cost reactivation attempt, then let go

## Reminders
remind-follow-ups = Follow-ups
remind-late-deals = Deals past their expected close
remind-soon-deals = Deals expected to close soon
remind-cadence = Time to get in touch
remind-renewals = Due for renewal
remind-birthdays = Birthdays
remind-slipping = Slipping away
remind-overdue = { $days ->
    [one] overdue by { $days } day
   *[other] overdue by { $days } days
}
remind-today = today
remind-in = { $days ->
    [one] in { $days } day
   *[other] in { $days } days
}
remind-tomorrow = tomorrow
remind-no-contact = no phone or email

## RFM segments (tables only: JSON and CSV keep the English names)
segment-champions = Champions
segment-loyal-customers = Loyal Customers
segment-potential-loyalist = Potential Loyalist
segment-new-customers = New Customers
segment-promising = Promising
segment-need-attention = Need Attention
segment-about-to-sleep = About To Sleep
segment-at-risk = At Risk
segment-cant-lose-them = Can't Lose Them
segment-hibernating = Hibernating

## Value-matrix cells
cell-best = Best
cell-frequent = Frequent
cell-spenders = Spenders
cell-uncertain = Uncertain
cell-inactive = Inactive

## Table headers, by JSON/CSV field name
col-action = action
col-address = address
col-advice = advice
col-amount = amount
col-archived = archived
col-archived-at = archived at
col-at = at
col-average-purchase = average purchase
col-avg-p-alive = avg P(alive)
col-avg-repeat-spend = avg repeat spend
col-batch-id = batch id
col-birthday = birthday
col-buyers = buyers
col-bytes = bytes
col-cadence-days = cadence days
col-campaign = campaign
col-categories = categories
col-category = category
col-category-a = category a
col-category-b = category b
col-cell = cell
col-cell-before = cell before
col-channel = channel
col-channels = channels
col-city = city
col-class = class
col-closed-at = closed at
col-clv = clv
col-clv-rank = clv rank
col-company = company
col-consent-email = consent email
col-consent-phone = consent phone
col-consent-post = consent post
col-consent-sms = consent sms
col-contact-id = contact id
col-contact-name = contact name
col-contacts = contacts
col-contacts-created = contacts created
col-content-hash = content hash
col-control = control
col-control-buyers = control buyers
col-control-revenue = control revenue
col-cost = cost
col-cost-per-contact = cost per contact
col-country = country
col-created-at = created at
col-criteria = criteria
col-cumulative-share = cumulative share
col-current-value = current value
col-customer-id = customer id
col-customers = customers
col-customers-both = customers both
col-customers-f = customers f
col-customers-m = customers m
col-customers-r = customers r
col-cycle = cycle
col-cycle-gaps = cycle gaps
col-date = date
col-deal-id = deal id
col-deals = deals
col-decision = decision
col-description = description
col-dry-run = dry run
col-due = due
col-email = email
col-email-type = email type
col-events = events
col-expected-close = expected close
col-expected-spend-per-visit = expected spend per visit
col-expected-value = expected value
col-expected-visits = expected visits
col-f-score = f score
col-fields = fields
col-file = file
col-first-event = first event
col-first-purchase = first purchase
col-fixed-cost = fixed cost
col-follow-up = follow up
col-follow-up-status = follow up status
col-frequency = frequency
col-frequency-max = frequency max
col-frequency-min = frequency min
col-group = group
col-history = history
col-holdout-pct = holdout pct
col-id = id
col-imported-at = imported at
col-incremental-buyers = incremental buyers
col-incremental-buyers-high = incremental buyers high
col-incremental-buyers-low = incremental buyers low
col-incremental-margin = incremental margin
col-incremental-margin-high = incremental margin high
col-incremental-margin-low = incremental margin low
col-incremental-revenue = incremental revenue
col-incremental-revenue-high = incremental revenue high
col-incremental-revenue-low = incremental revenue low
col-keep-id = keep id
col-keep-name = keep name
col-kind = kind
col-label = label
col-last-activity = last activity
col-last-interactions = last interactions
col-last-purchase = last purchase
col-launched-on = launched on
col-lift = lift
col-lift-high = lift high
col-lift-low = lift low
col-line = line
col-lost-reason = lost reason
col-m-score = m score
col-main-category = main category
col-margin-rate = margin rate
col-marketing-cost = marketing cost
col-matched-by = matched by
col-median-cycle-days = median cycle days
col-members = members
col-message = message
col-method = method
col-monetary-avg = monetary avg
col-monetary-max = monetary max
col-monetary-min = monetary min
col-monetary-total = monetary total
col-month = month
col-movement = movement
col-name = name
col-name-in-file = name in file
col-net-value = net value
col-note = note
col-notes = notes
col-occurred-on = occurred on
col-ok = ok
col-open-follow-ups = open follow ups
col-opt-outs = opt outs
col-order-ref = order ref
col-other-emails = other emails
col-other-id = other id
col-other-name = other name
col-other-phones = other phones
col-p-alive = p alive
col-population-at = scores placed among customers of
col-purchases-since-population = purchases since
col-people = people
col-phone = phone
col-phone-type = phone type
col-postcode = postcode
col-potential-value = potential value
col-probability = probability
col-problem = problem
col-proof = proof
col-purchase-id = purchase id
col-purchase-rate = purchase rate
col-purchases = purchases
col-purchases-added = purchases added
col-r-score = r score
col-reason = reason
col-recency-days = recency days
col-recency-days-max = recency days max
col-recency-days-min = recency days min
col-recipients = recipients
col-recipients-buyers = recipients buyers
col-recipients-revenue = recipients revenue
col-recorded-at = recorded at
col-ref = ref
col-repeat-rate = repeat rate
col-repeat-visits = repeat visits
col-revenue = revenue
col-revenue-last-12m = revenue last 12m
col-revenue-per-head = revenue per head
col-revenue-previous-12m = revenue previous 12m
col-rfm-code = rfm code
col-roi = roi
col-roi-basis = roi basis
col-rows-read = rows read
col-same = same
col-score = score
col-seed = seed
col-segment = segment
col-segment-from = segment from
col-segment-to = segment to
col-sha256 = sha256
col-share-revenue = share revenue
col-source-id = source id
col-stage = stage
col-status = status
col-street = street
col-summary = summary
col-tags = tags
col-text = text
col-title = title
col-top-pct = top pct
col-total = total
col-total-spent = total spent
col-trend = trend
col-undone-at = undone at
col-updated-at = updated at
col-value-cell = value cell
col-verdict = verdict
col-via = via
col-voids = voids
col-weighted = weighted
col-window-days = window days
col-window-open = window open
col-wording = wording
col-wording-id = wording id
col-wording-sha256 = wording sha256

## Value matrix
vm-title = Customer value matrix as of { $date }: { $active }{ $rest }
vm-active = { $count ->
    [one] { $count } active customer
   *[other] { $count } active customers
}
vm-inactive = , { $count } inactive (no purchase in { $days } days)
vm-inactive-included = { " " }(inactive included)
vm-revenue = revenue { $revenue }
vm-avg-below = average purchase < { $mean }
vm-avg-above = average purchase ≥ { $mean }
vm-visits-above = visits ≥ { $mean }
vm-visits-below = visits < { $mean }
vm-means = Means over the active customers: { $visits } visits, average purchase { $mean }.
vm-advice-best = keep them: recognition, first look at new work, no discounts needed
vm-advice-frequent = they come often and spend little: suggest the next size up or a bundle
vm-advice-spenders = they spend well but rarely: give them a reason to come back sooner
vm-advice-uncertain = low on both: low-cost contact only, watch who moves up
vm-advice-inactive = no purchase within the window: a reactivation campaign, or let go

## Pareto
pareto-between = { $from } to { $to }
pareto-up-to = up to { $to }
pareto-title = Revenue concentration, { $period }: { $customers }, revenue { $revenue }
pareto-top-customers = top customers
pareto-top = top { $pct } %
pareto-share-of-revenue = share of revenue
pareto-classes = ABC classes (A: first { $a } % of revenue, B: up to { $b } %, C: the rest)

## Messages at the counter
msg-contact-added = added contact { $id } ({ $name })
msg-contact-updated = updated contact { $id } ({ $name })
msg-no-contacts = no contacts match
msg-purchase-recorded = recorded purchase { $id }: { $amount } on { $day } for { $name }
msg-no-purchases = no purchases match

## --help (the English is the tree's own: these are its French twins' reference)
help-about = A customer file for small shops: contacts, purchases and what they tell you
help-cmd-contact = Keep your customer file: add, find, edit, merge, import and export contacts
help-cmd-purchase = Record what customers bought, import sales from a spreadsheet
help-cmd-deal = Deals: quotes and special orders moving through stages
help-cmd-interaction = The interaction log: calls, visits, emails, and their follow-ups
help-cmd-remind = Today's digest of follow-ups, cadences, birthdays and late deals (for cron)
help-cmd-report = Reports: RFM segments, the value matrix, Pareto/ABC, segment migration
help-cmd-segment = Saved segments: named filters over your customers, evaluated live
help-cmd-consent = Opt-in consent per channel, kept as a history you can prove
help-cmd-privacy = Privacy requests: export everything about a person, erase them, review old contacts
help-cmd-campaign = Campaigns to a segment that respect consent, with a control group to measure them
help-cmd-import = See past imports and undo one
help-cmd-backup = Copy the whole database to a file, safely while carnet is in use (for cron)
help-cmd-config = Show where the config file is and what it says
help-cmd-demo = Build a demo shop with realistic customers and purchases to try carnet on
help-cmd-completions = Print a shell completion script
help-flag-db = The database file (overrides CARNET_DB and the config file)
help-flag-format = Output format: table for people, json or csv for scripts, vcf, ics, or xlsx (a workbook)
help-flag-quiet = Print no messages on stderr
help-flag-lang = The language of tables and messages: en or fr
help-flag-excel = CSV for a French spreadsheet: a byte-order mark, ; between fields, decimal commas
help-flag-no-pager = Never page long output
help-flag-color = Colour: auto (a terminal, unless NO_COLOR is set), always or never

pipeline-title = Pipeline on { $date }
pipeline-not-configured = { $stage } (not configured)
pipeline-open = open
pipeline-forecast = Forecast by expected close month
pipeline-win-rate = , win rate { $rate }
pipeline-days-to-win = , { $days } days on average from opening to won
pipeline-period = From { $since } to { $until }: { $won } won, { $lost } lost{ $rate }{ $days }
pipeline-overdue = Past their expected close:
pipeline-overdue-deal = { "  " }deal { $id } { $title } ({ $name }, { $stage }), expected { $date }
col-chance = chance
col-weighted-forecast = weighted forecast

frat-categories-title = What customers buy, as of { $date }
frat-channels-title = Where customers buy, as of { $date }
frat-new = new
frat-cycle = { $days } d ({ $gaps })
frat-categories-legend = share: of the revenue of purchases with a category; repeat: customers who bought it on two days or more;
    trend: the last 12 months against the 12 before; cycle: median days between two purchases of it by
    one customer (how many such gaps)
frat-lift-legend = lift: how much likelier than chance a customer of one is to buy the other (1 = chance);
    pairs with at least { $customers } customers in common; all pairs with `--cross`
frat-several-channels = { $count ->
        [one] { $count } customer bought on several channels
       *[other] { $count } customers bought on several channels
    }
col-share = share
col-avg = avg
col-repeat = repeat
col-bought-together = bought together

clv-title = Lifetime value as of { $date }, over the next { $weeks } weeks{ $discount }
clv-discounted = , discounted at { $rate } % a year
clv-fit-bgnbd = Repeat visits (BG/NBD, time in weeks), fitted on { $customers } customers:
    { "  " }r = { $r }, alpha = { $alpha }, a = { $a }, b = { $b }; log-likelihood { $ll }
clv-fit-gamma-gamma = Spend per visit (Gamma-Gamma), fitted on the { $customers } customers with repeat visits:
    { "  " }p = { $p }, q = { $q }, gamma = { $gamma }; log-likelihood { $ll }
clv-what-margin = expected margin ({ $margin } of sales)
clv-what-revenue = expected revenue
clv-total = Total { $what }: { $amount }
clv-by-segment = By RFM segment
clv-verdict-close = close enough to plan with
clv-verdict-rough = usable as a rough guide, not for precise plans
clv-verdict-off = too far off to rely on for this shop
clv-over = over
clv-under = under
clv-holdout-sentence = Predicted { $predicted } repeat visits from { $from } to { $to }, actual { $actual }: { $direction } by { $pct } %, { $verdict }.
clv-holdout-title = Holdout check: fitted up to { $until }, compared with { $until } to { $end }
clv-chart-caption = Cumulative repeat visits, week by week (p predicted, a actual, * both)
clv-week = week
col-repeat-visits-before = repeat visits before
col-predicted-mean = predicted (mean)
col-actual-mean = actual (mean)

profit-title = Profitability as of { $date }: current { $what } against lifetime value, { $customers }
profit-what-margin = margin
profit-what-revenue = revenue
profit-current-high = current ≥ { $median }
profit-current-low = current < { $median }
profit-potential-high = potential ≥ { $median }
profit-potential-low = potential < { $median }
profit-now = now { $amount }
profit-to-come = to come { $amount }
profit-desirable = Desirable
profit-underdeveloped = Under-developed
profit-mature = Mature
profit-undesirable = Undesirable
profit-reference = Reference
profit-advice-desirable = keep and grow: your best time goes here
profit-advice-underdeveloped = invest: they could be worth much more than they bring today
profit-advice-mature = maintain at low cost: they bring a lot now, less is to come
profit-advice-undesirable = fewest resources: low-cost contact only
profit-advice-reference = they bring others: look after them whatever they buy
profit-new = new
profit-moved = Moved between cells ({ $count }):
profit-nobody = nobody
profit-more = … and { $count } more: `--customers --format csv` lists every move

# --help of each subcommand: the command tree's own English, for the parity test.
help-sub-contact-add = Add a contact (asks for the fields on a terminal when --name is missing)
help-sub-contact-list = List contacts, with filters and sorting
help-sub-contact-show = Show one contact's whole card and purchase summary
help-sub-contact-edit = Change fields of a contact (an empty value clears a field)
help-sub-contact-tag = Add tags to a contact
help-sub-contact-untag = Remove tags from a contact
help-sub-contact-archive = Hide a contact from lists without deleting anything (--undo brings it back)
help-sub-contact-rm = Delete a contact and everything attached to it
help-sub-contact-merge = Merge OTHER into KEEP: histories moved, tags united, empty fields filled
help-sub-contact-duplicates = List contacts that are probably one person (same email, phone or name), to merge
help-sub-contact-import = Import contacts from a CSV or vCard (.vcf) file, all or nothing
help-sub-contact-export = Export contacts as CSV, JSON or vCard (--format csv|json|vcf)
help-sub-purchase-add = Record a purchase (a negative amount is a refund)
help-sub-purchase-list = List purchases, newest first
help-sub-purchase-rm = Delete a purchase recorded by mistake
help-sub-purchase-categories = What customers buy: list, rename and merge the categories
help-sub-purchase-import = Import purchases from a CSV file, all or nothing
help-sub-purchase-export = Export purchases as CSV (the import's columns) or JSON
help-sub-deal-add = Open a deal for a contact
help-sub-deal-list = List deals (open ones by default)
help-sub-deal-show = Show a deal with its stage history
help-sub-deal-edit = Change a deal's title, amount, expected close or notes
help-sub-deal-move = Move an open deal to another stage
help-sub-deal-won = Close a deal as won (--record-purchase counts it as a purchase)
help-sub-deal-lost = Close a deal as lost, saying why
help-sub-deal-rm = Delete a deal and its history
help-sub-interaction-add = Log a call, email, visit… with an optional follow-up
help-sub-interaction-list = List interactions, newest first
help-sub-interaction-show = Show one interaction
help-sub-interaction-edit = Change an interaction (an empty --note or --follow-up clears it)
help-sub-interaction-rm = Delete an interaction
help-sub-interaction-done = Close an open follow-up
help-sub-interaction-snooze = Move an open follow-up to a later day (counted from today)
help-sub-interaction-due = Open follow-ups due today or earlier (or within a period ahead)
help-sub-report-rfm = RFM: who your best customers are, who is slipping away
help-sub-report-value-matrix = The customer value matrix: visits against average purchase
help-sub-report-pareto = How concentrated revenue is: top customers' share and ABC classes
help-sub-report-pipeline = Open deals by stage, the weighted forecast by month, win rate, late deals
help-sub-report-consent = Consent: contacts per channel and status, grants and withdrawals per month
help-sub-report-clv = Lifetime value: who is likely to come back, how often, for how much
help-sub-report-profitability = Current against potential value: who to keep, grow, maintain or let be
help-sub-report-categories = What customers buy: per category, revenue, repeat rate, trend, cycle; what is bought together
help-sub-report-channels = Where customers buy: per sales channel, and who uses several
help-sub-report-migration = How customers moved between RFM segments from one date to another
help-sub-segment-add = Save a segment: a name and criteria (AND between criteria, OR within one)
help-sub-segment-list = List saved and built-in segments with their live member counts
help-sub-segment-show = List a segment's members
help-sub-segment-edit = Change a saved segment: each criterion given replaces that criterion
help-sub-segment-rm = Delete a saved segment (the contacts are untouched)
help-sub-segment-export = Export a segment's members as CSV, JSON or vCard (--format csv|json|vcf)
help-sub-consent-grant = Record an opt-in, with how it was given and the wording agreed to
help-sub-consent-withdraw = Record a withdrawal (no reason needed; it always wins). Works on a bare address too
help-sub-consent-soft-opt-in = Record that an existing customer was told they could refuse similar offers (soft opt-in)
help-sub-consent-bounce = Record a bounce (the address does not work)
help-sub-consent-void = Cancel a mistaken event by recording a void (history is never edited)
help-sub-consent-show = The current status per channel
help-sub-consent-history = Every consent event of a contact, with proofs and wordings
help-sub-consent-import = Import consent events from CSV: each row needs its date, method and wording
help-sub-consent-text = The wordings people agree to, stored once by their hash
help-sub-consent-verify = Check that the consent history was not changed behind carnet's back
help-sub-privacy-export = Everything carnet holds about a person, as one JSON document (access, portability)
help-sub-privacy-forget = Erase a person's personal data; purchases stay, anonymous, so totals stay true
help-sub-privacy-review = Contacts with no purchase, interaction or consent event for a long time
help-sub-campaign-create = Prepare a campaign: a segment, a channel, an optional control group
help-sub-campaign-list = List campaigns
help-sub-campaign-show = One campaign: its settings, its message, and whom it reached
help-sub-campaign-preview = The audience, and everyone left out with the reason
help-sub-campaign-launch = Freeze the audience, record the sends, write the file for your mail or SMS tool
help-sub-campaign-report = Recipients against the control group: who bought, revenue per head, lift
help-sub-campaign-edit = Set what a campaign costs, before or after its launch
help-sub-campaign-rm = Delete a campaign (and, for a launched one, its record of sends)
help-sub-import-list = List past imports
help-sub-import-undo = Remove exactly what an import added (and the contacts it created, unless something else now refers
help-sub-config-path = Print the path of the config file (it need not exist)
help-sub-config-show = Print the config in effect, defaults included, as TOML
help-sub-categories-list = Every category, with its purchases and customers, most bought first
help-sub-categories-rename = Spell a category another way (its purchases follow)
help-sub-categories-merge = Put the purchases of one category into another, and drop the first
help-sub-categories-cycle = Say how often a category is bought again, so `carnet remind` lists the customers due to renew it
help-usage = Usage:
help-commands = Commands
help-sub-text-add = Store a wording from a file (the same text twice is stored once)
help-sub-text-list = List stored wordings
msg-purchase-delete = Delete purchase { $id } ({ $amount } on { $day } by { $name })?
msg-purchase-deleted = deleted purchase { $id } ({ $amount } on { $day } by { $name })
msg-nothing-deleted = nothing deleted
msg-deal-opened = opened deal { $id }: { $title } for { $name } ({ $stage }, { $amount })
msg-no-deals = no deals match
msg-deal-updated = updated deal { $id }
msg-deal-already-in = deal { $id } is already in { $stage }
msg-deal-moved = deal { $id }: { $from } → { $to }
msg-deal-won = deal { $id } won: { $title } for { $amount }
msg-deal-won-purchase = ; recorded as purchase { $purchase } on { $day }
msg-deal-lost = deal { $id } lost: { $title }
msg-deal-delete = Delete deal { $id } ({ $title }, { $name }) and its history?
msg-deal-deleted = deleted deal { $id } ({ $title }, { $name })
msg-no-interactions = no interactions match
msg-interaction-updated = updated interaction { $id }
msg-interaction-delete = Delete interaction { $id } ({ $kind } with { $name } on { $day })?
msg-interaction-deleted = deleted interaction { $id } ({ $kind } with { $name } on { $day })
msg-follow-up-done = follow-up with { $name } done
msg-follow-up-moved = follow-up with { $name } moved to { $day }
msg-no-follow-ups = no follow-ups due
msg-import-encoding = { $file } was read as { $encoding } text
msg-import-unused = columns not used (ignored): { $columns }; --strict refuses them, --map assigns them
msg-import-dry-run = dry run: { $rows ->
        [one] { $rows } row read from { $file } is valid; would add { $rows } purchase
       *[other] { $rows } rows read from { $file } are valid; would add { $rows } purchases
    } and create { $created ->
        [one] { $created } contact
       *[other] { $created } contacts
    }; nothing written
msg-import-done = imported { $file } as batch { $batch }: { $rows ->
        [one] { $rows } row read, { $rows } purchase added
       *[other] { $rows } rows read, { $rows } purchases added
    }, { $created ->
        [one] { $created } contact created
       *[other] { $created } contacts created
    }
msg-no-imports = no imports yet
msg-undo-ask = Remove batch { $id } ({ $file }): { $purchases ->
        [one] { $purchases } purchase
       *[other] { $purchases } purchases
    } and { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    } it created?
msg-nothing-removed = nothing removed
msg-undo-done = undid batch { $id }: removed { $purchases ->
        [one] { $purchases } purchase
       *[other] { $purchases } purchases
    } and { $contacts ->
        [one] { $contacts } contact
       *[other] { $contacts } contacts
    }{ $kept ->
        [0] {""}
        [one] ; kept { $kept } contact that other records refer to
       *[other] ; kept { $kept } contacts that other records refer to
    }
msg-tags-added = { $count ->
        [one] added { $count } tag on contact { $id }
       *[other] added { $count } tags on contact { $id }
    }
msg-tags-removed = { $count ->
        [one] removed { $count } tag on contact { $id }
       *[other] removed { $count } tags on contact { $id }
    }
msg-contact-unarchived = contact { $id } is active again
msg-contact-archived = archived contact { $id }
msg-merged = merged contact { $other } into { $keep }
msg-dry-run-nothing-changed = dry run: nothing changed
msg-nothing-merged = nothing merged
help-flag-help = Print help
msg-consent-granted = recorded the opt-in of contact { $id } for { $channels } on { $day }
msg-consent-withdrawn = recorded the withdrawal of contact { $id } for { $channels }
msg-consent-suppressed = `{ $address }` is not a contact: it is on the suppression list for { $channels }
msg-consent-intact = the consent history is intact: { $count ->
        [one] { $count } event checked
       *[other] { $count } events checked
    }
msg-consent-voided = recorded event { $id }, which voids event { $event }
msg-no-consent-events = no consent events for this contact
msg-consent-import-dry-run = dry run: { $count ->
        [one] { $count } consent event in { $file } is valid
       *[other] { $count } consent events in { $file } are valid
    }; nothing written
msg-consent-imported = recorded { $count ->
        [one] { $count } consent event
       *[other] { $count } consent events
    } from { $file }
msg-wording-stored = stored wording { $id } ({ $label })
msg-wording-known = this wording is already stored as { $id }
msg-consent-notice = recorded { $action ->
        [soft_opt_in] a soft opt-in
        [bounce] a bounce
       *[other] { $action }
    } for contact { $id } on { $channels }
msg-nothing-erased = nothing erased
msg-erased = erased contact { $id }: personal fields, { $interactions ->
        [one] { $interactions } interaction text
       *[other] { $interactions } interaction texts
    }, { $proofs ->
        [one] { $proofs } consent proof
       *[other] { $proofs } consent proofs
    }; { $suppressed ->
        [one] { $suppressed } address suppressed
       *[other] { $suppressed } addresses suppressed
    }; purchases kept anonymously
msg-none-inactive = no contact has been inactive since before { $day }
msg-none-inactive-to-erase = no contact has been inactive since before { $day }: nothing to erase
msg-erase-inactive-ask = Erase the personal data of { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    } inactive since before { $day }?
msg-erased-inactive = erased { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    } inactive since before { $day }
msg-campaign-created = created campaign `{ $name }`: { $channel } to segment `{ $segment }`, { $holdout } % held back; see who it reaches with `carnet campaign preview { $name }`
msg-campaign-costs = campaign `{ $name }` costs { $per_contact } per contact plus { $fixed } fixed
msg-campaign-launched = launched `{ $name }`: { $sent ->
        [one] { $sent } recipient
       *[other] { $sent } recipients
    } written to { $file }, { $control } held back as the control group
msg-campaign-deleted = deleted campaign `{ $name }`
msg-segment-saved = saved segment `{ $name }`: { $criteria }
msg-segment-empty = segment `{ $name }` has no members
msg-segment-exported = exported { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    } of `{ $name }` to { $file }
msg-segment-edited = segment `{ $name }`: { $criteria }
msg-segment-deleted = deleted segment `{ $name }` (its contacts are untouched)
help-examples = Examples:
