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
col-honorific = honorific
col-dates = key dates
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
## Errors and hints (rendered at the end, in the run's language)
label-error = error:{" "}
label-hint = hint:{" "}
hint-bug = this is a bug in carnet; please report it with the command you ran
err-flag = { $flag }: { $what }
err-no-database = no database at { $path }
err-in-config = in config { $path }: { $what }
err-io = cannot { $what } { $path }: { $why }
io-read = read
io-write = write
io-create = create
io-open = open
io-replace = replace
io-read-config = read config
io-not-found = no such file or folder
io-permission-denied = permission denied
io-already-exists = it already exists
io-is-a-folder = it is a folder, not a file
io-not-a-folder = a part of the path is a file, not a folder
io-disk-full = the disk is full
io-read-only = the file system is read-only
io-not-text = it is not text
err-busy = the database is busy: another carnet is writing to it
hint-try-again = try again in a moment
err-damaged = the database file is damaged or is not a carnet database
hint-restore-backup = restore it from a copy made with `carnet backup`; check --db / CARNET_DB
err-cannot-write-db = cannot write to the database file
hint-permissions-disk = check the file's permissions and free disk space
err-output = cannot write the output: { $why }
err-no-category = no category named { $key }
err-no-purchase = no purchase with id { $id }
err-no-campaign = no campaign named { $key }
err-no-deal = no deal with id { $id }
err-no-consent-event = no consent event { $id }
err-no-segment = no segment named { $key }
err-no-saved-segment = no saved segment named { $key }
err-no-contact = no contact matches { $key }
err-no-interaction = no interaction with id { $id }
err-no-import = no import batch { $id }
hint-see-purchase-ids = see the ids with `carnet purchase list`
hint-see-campaigns = see them with `carnet campaign list`
hint-see-deal-ids = see the ids with `carnet deal list --all`
hint-see-consent-ids = see the ids with `carnet consent history CONTACT`
hint-segments-are = the segments are: { $names }
hint-see-segments = see them with `carnet segment list`
hint-see-interaction-ids = see the ids with `carnet interaction list`
hint-see-imports = see the batches with `carnet import list`

## Dates, lengths of time, amounts
date-not-back = `{ $s }` is not a date (write -3d for three days ago)
date-too-far-back = `{ $s }` is too far back
date-not-a-date-day-first = `{ $s }` is not a date (write { $spelling }, YYYY-MM-DD, aujourd'hui, hier or -3j)
date-four-digit-year = `{ $s }`: write the year with four digits ({ $spelling })
birthday-ambiguous = `{ $s }` can be read as { $a } or { $b } (MM-DD): write it MM-DD, or set date_format = "DD/MM/YYYY" (or "MM/DD/YYYY") or language = "fr" in the config
date-ambiguous = `{ $s }` can be read as { $a } or { $b }: write it YYYY-MM-DD, or set date_format = "DD/MM/YYYY" (or "MM/DD/YYYY") in the config
date-not-a-day-in = `{ $s }` is not a day of the calendar ({ $spelling })
date-not-a-day = `{ $s }` is not a day of the calendar
date-not-a-date-iso = `{ $s }` is not a date (write YYYY-MM-DD, today, yesterday or -3d)
date-bad-format = `{ $spec }` is not a date format (write DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD)
date-not-a-date = `{ $s }` is not a date
date-empty = the date is empty
date-not-in-format = not a date in the format { $spelling }
date-two-digit-year = `{ $s }` has a two-digit year: write it in full (20{ $yy }), or import with --date-format DD/MM/YY
date-not-a-delay = `{ $s }` is not a delay (write +3d, +2w or +1m; +3j, +2sem, +1mois)
date-not-a-when = `{ $s }` is not a date (write +3d, +2w, +1m, tomorrow, a weekday such as thursday, { $spelling } or YYYY-MM-DD)
date-outside-calendar = `{ $s }` falls outside the calendar
days-not-a-length = `{ $s }` is not a length of time (write 60d, 8w, 2m or 1y)
days-too-long = `{ $s }` is too long: at most 100 years ({ $max }d)
weeks-not-a-length = `{ $s }` is not a length of time (write 52w, 26w, 12m or 365d)
weeks-too-long = `{ $s }` is too long: at most 100 years
date-before-1900 = { $d } is before 1900: check the date format
date-year-ahead = { $d } is more than a year ahead: check the date format
date-not-birthday = `{ $s }` is not a birthday (write MM-DD or YYYY-MM-DD)
amount-empty = the amount is empty
amount-decimals = an amount has at most two decimals
amount-not-a-number = not an amount (write it like 45.50, 45,50 or 1 234,50)
amount-too-large = the amount is too large (at most 999 999 999.99)
cycle-not = `{ $s }` is not a cycle (write 12m, 1y, 6w, 45d or measured)
import-empty-customer = the customer id is empty
err-file-cell = { $label } line { $line }, column { $col } ({ $name }): `{ $value }`: { $why }
hint-fix-that-row = nothing was imported; fix that row and run the import again
import-bad-cell = line { $line }, column { $col } ({ $name }): `{ $value }`: { $why }
import-bad-lines = { $label }: { $count } bad lines
import-and-more = … and { $count } more
import-and-then = and then: { $what }
hint-fix-those-rows = nothing was imported; fix those rows and run the import again
hint-no-database = point --db or CARNET_DB at your file; adding a contact (`carnet contact add --name NAME`) or importing (`carnet purchase import FILE`) starts a new one there
err-forget-readers = another carnet command has the database open, so the erased data could stay readable
hint-forget-readers = nothing was erased; run the command again when the other one has finished
err-not-carnet = { $path } is damaged or is not a carnet database
hint-not-carnet = restore it from a copy made with `carnet backup`, or point --db / CARNET_DB at your carnet file
err-flag-value = { $flag } `{ $value }`: { $why }
cost-negative = a cost cannot be negative
hint-find-contact = find it with `carnet contact list --search TEXT`; name a contact by id, ref, email or name
err-contact-ambiguous = `{ $word }` matches { $count } contacts: { $list }
hint-name-one = name one with id:N, ref:R or email:E
hint-check-path = check the path; a file in the current folder needs no ./ prefix
err-needs-confirmation = { $what } needs a confirmation, and there is no terminal to ask on
hint-add-yes = add --yes to confirm
col-since = since
col-until = until
col-open = open
col-open-total = open total
col-open-weighted = weighted forecast
col-won = won
col-lost = lost
col-win-rate = win rate
col-mean-days-to-win = mean days to win
col-late = late
col-late-deals = late deals
col-share-customers = share of customers
err-not-a-range = `{ $s }` is not a range (write MIN..MAX, MIN.. or ..MAX)
err-range-side = `{ $s }`: { $why }
err-not-a-count = `{ $s }` is not a count
crit-value = { $v }
crit-or = {" "}or{" "}
crit-and = , and{" "}
crit-every-contact = every contact
crit-tag = tag { $list }
crit-bought = bought { $list }
crit-bought-since = bought { $list } since { $day }
crit-never-bought = never bought { $list }
crit-channel = bought on channel { $list }
crit-rfm = RFM segment { $list }
crit-cell = value cell { $list }
crit-spent = spent { $range }
crit-visits = visits { $range }
crit-last-purchase-before = last purchase before { $day }
crit-last-purchase-after = last purchase after { $day }
crit-first-purchase-before = first purchase before { $day }
crit-first-purchase-after = first purchase after { $day }
crit-created-before = created before { $day }
crit-created-after = created after { $day }
crit-city = city { $list }
crit-postcode = postcode { $list }
crit-has = has { $list }
crit-birthday-month = birthday in month { $list }
reach-email = email
reach-phone = phone
msg-no-tags = no tags yet: give one with `contact add --tag` or `contact tag`
msg-tag-renamed = Renamed tag `{ $from }` to `{ $into }` on { $count ->
    [one] 1 contact
   *[other] { $count } contacts
}{ $segments ->
    [0] {""}
    [one] {""} and in saved segment { $names }
   *[other] {""} and in saved segments { $names }
}.
msg-tag-merged = Merged tag `{ $from }` into `{ $into }`: { $count ->
    [one] 1 contact
   *[other] { $count } contacts
}{ $segments ->
    [0] {""}
    [one] {""}, and saved segment { $names }
   *[other] {""}, and saved segments { $names }
}.
err-no-tag = no contact is tagged `{ $tag }`
hint-tag-list = `carnet tag list` shows every tag
err-tag-same = `{ $tag }` is already spelled that way
err-tag-exists = `{ $tag }` is already a tag
hint-tag-merge = to put both under one: carnet tag merge { $from } { $into }
warn-same-name = contact { $id } is also called { $name }: the same person? (`carnet contact merge { $id } { $new }` if so)
err-man-no-command = `{ $name }` is not a carnet command (commands: { $names })
config-contact-kind = `{ $kind }` in [interaction] contact_kinds is not one of interaction_kinds ({ $kinds })
err-needs-yes = `carnet { $command }` needs --yes without a terminal (it would ask: { $what })
err-out-is-db = { $path } is the database itself (or one of its files)
hint-out-is-db = write the export to another file; the database was not touched
err-out-is-folder = { $path } is a folder
hint-out-is-folder = name a file to write, e.g. --out contacts.csv
err-out-exists = { $path } already exists
hint-out-exists = pass --force to replace it, or choose another name
hint-out-folder = check that its folder exists and can be written to
err-out-appeared = { $path } appeared while carnet was writing it
hint-out-appeared = nothing was replaced; pass --force to replace it
err-carnet-now = CARNET_NOW=`{ $value }` is not a date
hint-carnet-now = write CARNET_NOW=YYYY-MM-DD, or unset it to use today
err-language = `{ $value }` is not a language carnet speaks
hint-language = write en or fr
csv-unknown-column = { $label } line 1, column { $col }: unknown column `{ $name }`
hint-columns-are = the columns are: { $names }
csv-column-twice = { $label } line 1, column { $col }: column `{ $name }` appears twice
csv-no-column = { $label } line 1: the header has no `{ $name }` column
hint-header-needs = the first line must name the columns, at least: { $names }
csv-not-utf8 = { $label } line { $line }, column { $col }: the text is not UTF-8
hint-save-utf8 = save the file as UTF-8 (in a spreadsheet: "CSV UTF-8") and import it again
csv-unequal = { $label } line { $line }: { $len } columns where the header has { $expected }
hint-quote-delimiter = a value containing the delimiter must be in double quotes; nothing was imported
csv-map-not-column = --map: `{ $value }` is not a purchases column
hint-map-one-of = map a header to one of: { $names }
csv-both-columns = { $label } line 1: columns { $a } and { $b } are both `{ $name }`
hint-keep-one = keep one, or map one to another column with --map "HEADER=COLUMN"
hint-columns-strict = the columns are: { $names }; without --strict other columns are ignored
csv-missing-columns = { $label } line 1: no column for { $missing } (the header has: { $seen })
hint-map-which = name the columns, or say which is which: --map "{ $header }={ $column }"
csv-map-not-pair = --map: `{ $value }` is not HEADER=COLUMN
hint-map-example = for example --map "Code client=customer_id,Montant TTC=amount"
contact-removal = contact { $id } ({ $name }) with { $purchases ->
        [one] 1 purchase
       *[other] { $purchases } purchases
    } totalling { $total }{ $deals ->
        [0] {""}
        [one] , 1 deal
       *[other] , { $deals } deals
    }{ $interactions ->
        [0] {""}
        [one] , 1 interaction
       *[other] , { $interactions } interactions
    }{ $sends ->
        [0] {""}
        [one] , 1 campaign send
       *[other] , { $sends } campaign sends
    } and { $tags ->
        [one] 1 tag
       *[other] { $tags } tags
    }
msg-contact-delete = Delete { contact-removal }?
msg-contact-deleted = deleted { contact-removal }
hint-config-folder = point CARNET_CONFIG at a config.toml file (it need not exist)
hint-config-show = see `carnet config show` for every key and its default
config-out-of-range = { $key } = { $value } is out of range: it must be from { $lo } to { $hi }
hint-slipping-factor = 2 means twice a customer's usual gap between visits
config-country = country = { $value } is not a country code such as FR
config-margin = value.margin = { $value } is not a percentage from 1% to 100%
config-delimiter = csv_delimiter = { $value } is not one of , ; | or a tab
config-currency = currency = { $value } is not a three-letter code such as EUR
config-pareto = pareto.a = { $a } and pareto.b = { $b } must satisfy 0 < a < b <= 100
config-retention = privacy.retention = { $value } is not a length of time such as 3y
config-key-why = { $key }: { $why }
config-date-format = date_format = { $value } is not one of "DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD"
config-language = language = { $value } is not one carnet speaks (write "en" or "fr")
config-kinds = interaction_kinds needs non-empty names
err-contacts-unknown-column = { $label } line 1: unknown column `{ $name }`
hint-contacts-columns = the columns are carnet's fields (see `carnet contact import --help`); without --strict others are ignored
err-no-contacts-in = { $label } holds no contacts
hint-nothing-imported = nothing was imported
err-file-line = { $label } line { $line }: { $what }
err-ref-twice = { $label } line { $line }: the ref `{ $ref }` appears twice in the file
hint-ref-names-one = nothing was imported; a ref names one contact
hint-import-update = to update that contact from the file instead: --update
hint-import-duplicate = nothing was imported; pass --update to fill that contact from the file, or --allow-duplicate to add such rows anyway
err-rows-ambiguous = { $label }: { $count ->
        [one] 1 row matches
       *[other] { $count } rows match
    } more than one contact; nothing was imported
    { $lines }
hint-rows-ambiguous = give those rows a ref column naming the contact, or merge the duplicates first (`carnet contact duplicates`)
err-file-empty = { $label } is empty
hint-contacts-header = a contacts CSV starts with a header line: name,email,phone,...
hint-contacts-name-column = the first line must name the columns, at least: name (or First Name and Last Name)
err-row-no-name = { $label } line { $line }: this contact has no name
hint-row-no-name = nothing was imported; give every row a name
hint-fix-that-card = nothing was imported; fix that card and run the import again
err-already-has = contact { $id } ({ $name }) already has { $what }
what-this-email = this email
what-this-phone = this phone
what-this-ref = this ref
what-this-name = this name
hint-already-has = use that contact (`carnet contact show id:{ $id }`), or pass --allow-duplicate to add another
err-ref-taken = the ref `{ $ref }` already belongs to contact { $owner }
hint-ref-taken = a ref names one contact; choose another or edit that contact
err-nothing-to-change = nothing to change
hint-contact-edit = give the fields to change, e.g. --email new@example.fr or --every 60d (an empty value clears a field)
err-consent-kept = contact { $id } has a consent history, which is kept as proof and cannot be deleted
hint-consent-kept = to erase the person, use `carnet privacy forget id:{ $id }`; to hide them, `carnet contact archive id:{ $id }`
err-same-contact = `{ $a }` and `{ $b }` are the same contact ({ $id })
err-segment-name = a segment needs a name
err-segment-builtin-name = `{ $name }` is the name of a built-in segment
hint-segment-builtin-name = choose another name; the built-in ones are always there
err-segment-exists = a segment named `{ $name }` already exists
hint-segment-exists = change it with `carnet segment edit { $name }`
err-segment-builtin = `{ $name }` is a built-in segment and cannot be changed
hint-segment-builtin = save your own with `carnet segment add`
err-segment-criteria = a segment needs at least one criterion
hint-segment-criteria = for example --tag vip, --rfm champions, --last-purchase-before 90d (see --help)
hint-segment-edit = give criteria to replace, --drop CRITERION, --rename or --description
err-segment-empty = that would leave the segment without criteria
hint-segment-rm = delete it with `carnet segment rm`
err-wording = --wording `{ $value }` is neither a stored wording nor a file
hint-wording = store it with `carnet consent text add FILE`, then give its id; `carnet consent text list` shows them
err-wording-not-utf8 = { $path }: the wording is not UTF-8 text
err-grant-proof = a grant needs how it was given (--method) and what the person agreed to (--wording)
hint-grant-proof = for example --method paper-form --wording 1; without them the consent cannot be proven
err-not-utf8 = { $label }: the text is not UTF-8
err-no-rows = { $label } has a header but no rows
err-interaction-kind = `{ $value }` is not a kind of interaction
hint-interaction-kinds = the kinds are: { $kinds } (config: interaction_kinds)
err-deal-not-theirs = deal { $id } belongs to { $name }, not to this contact
hint-interaction-edit = give --kind, --note, --at, --deal or --follow-up
err-no-follow-up = interaction { $id } has no follow-up
hint-no-follow-up = set one with `carnet interaction edit { $id } --follow-up +3d`
err-follow-up-done = the follow-up of interaction { $id } was done on { $day }
err-in-the-past = { $day } is in the past
hint-snooze = snooze to a later day: +2d, monday, a date
err-campaign-name = a campaign needs a name
err-campaign-exists = a campaign named `{ $name }` already exists
err-campaign-launched = campaign `{ $name }` was launched on { $day }
hint-campaign-once = a campaign is sent once; create a new one to send again
err-campaign-nobody = campaign `{ $name }` reaches nobody
hint-campaign-preview = see why with `carnet campaign preview { $name }`
err-campaign-not-launched = campaign `{ $name }` has not been launched
hint-campaign-launch = launch it with `carnet campaign launch { $name } --out FILE`
hint-sales-channels = add it to `sales_channels` in the config to use it
hint-no-categories = no purchase has a category yet: give one with `purchase add --category` or an import's category column
hint-did-you-mean-category = did you mean `{ $name }`? the categories are: { $names }
hint-categories-are = the categories are: { $names }
err-category-name = a category needs a name
err-category-exists = `{ $name }` is already a category
hint-category-merge = to put the two together: carnet purchase categories merge "{ $old }" "{ $name }"
err-same-category = `{ $a }` and `{ $b }` are the same category
hint-stages-are = the stages are: { $names } (close a deal with `carnet deal won` or `carnet deal lost`)
hint-deal-closed = a closed deal stays closed; open a new one for new work
err-deal-title = a deal needs a title
hint-deal-title = --title "Oak dining table"
hint-deal-edit = give --title, --amount, --close or --notes
hint-clv-refused = lifetime value needs customers who came back; try a later --as-of, or add more purchases
err-holdout-order = --holdout-until { $until } is not after --as-of { $as_of }
hint-holdout-order = the model is fitted up to --as-of and checked on the days after it, up to --holdout-until
err-already-imported = { $label } was already imported (batch { $id }, { $file } on { $at })
hint-already-imported = pass --allow-reimport to import it again, or `carnet import undo` the first one
err-already-undone = import batch { $id } ({ $file }) was already undone on { $at }
err-since-after-until = --since is after --until
hint-since-until = give the period's first day, then its last
err-from-to = --from { $from } is not before --to { $to }
hint-from-to = give the earlier day with --from
hint-purchases-header = a purchases CSV starts with the header customer_id,date,amount
err-not-a-point-type = `{ $value }` is not a type (write one word, such as home, work or cell)
err-not-a-phone = `{ $value }` is not a phone number
err-deal-already = deal { $id } ({ $title }) is already { $stage }
err-close-with = to close a deal, use `carnet deal { $verb } { $id }`
err-stages-none = at least one open stage is needed
err-stage-builtin = `{ $name }` cannot be an open stage (won and lost are built in)
err-stage-probability = stage `{ $name }`: probability { $value } is over 100
err-stage-twice = stage `{ $name }` is listed twice
err-holdout-too-large = { $value } % is too large a holdout (at most 90 %)
err-contact-name = a contact needs a name
err-not-a-field = `{ $value }` is not a contact field
err-not-an-email = `{ $value }` is not an email address
err-empty-name = an empty contact name
err-empty-tag = a tag cannot be empty
err-tag-separator = the tag `{ $tag }` contains `;` or `,`, which separate tags
err-in-the-future = { $day } is in the future
err-record-what-happened = { $what }: record what has happened
hint-record-what-happened = record what has happened
err-other-currency = the amount is in another currency ({ $other }); carnet's currency is { $code }
err-channel-name = `{ $value }` is not a channel name (1 to 40 characters)
err-listed-twice = `{ $value }` is listed twice
err-too-far-back-days = `{ $s }` is too far back: at most { $max }d (100 years)
err-range-empty = `{ $s }` has neither a minimum nor a maximum
err-range-order = `{ $s }`: the minimum is above the maximum
err-not-a-criterion = --drop: `{ $value }` is not a criterion; the criteria are: { $names }
err-bought-since = --bought-since needs --bought: since when they bought what?
hint-bought-since = add --bought CATEGORY (see `carnet purchase categories list`)
err-not-a-month = { $value } is not a month (1–12)
err-not-a-segment = `{ $value }` is not an RFM segment
err-not-a-cell = `{ $value }` is not a value-matrix cell
hint-cells-are = the cells are: Best, Frequent, Spenders, Uncertain, Inactive
err-backup-itself = { $path } is the database itself (or a file SQLite keeps beside it: -wal, -shm, -journal)
hint-backup-itself = back up to another file, ideally on another disk
hint-backup-folder = check that its folder can be created and written to
err-newer-schema = the database at { $path } was written by a newer carnet (schema { $version }; this carnet knows up to { $latest })
hint-newer-schema = install the newer carnet; this one will not touch the file
err-foreign-sqlite = { $path } is a SQLite file, but not a carnet database
hint-foreign-sqlite = point --db or CARNET_DB at a carnet file, or at a new path to start one
err-not-a-rate = `{ $value }` is not a yearly rate (write 10%)
err-rate-range = { $value } % is not a rate from 0 % to 100 %
hint-log-what-happened = log what happened; plan what comes with --follow-up
err-not-their-phone = `{ $value }` is not one of this contact's phones
err-not-their-email = `{ $value }` is not one of this contact's emails
hint-see-contact = see them with `carnet contact show`
err-no-home = cannot find a home directory for carnet's files
hint-no-home = set CARNET_DB and CARNET_CONFIG to the paths you want
err-yes-or-no = `{ $value }` is neither yes nor no
err-add-needs-name = contact add needs --name (there is no terminal to ask for it)
hint-add-needs-name = carnet contact add --name NAME [--email E] [--phone P] [--tag T]...
err-seals-broken = the consent history does not match its seals: { $what }
hint-seals-broken = compare with a backup (`carnet --db BACKUP consent history CONTACT`); events after this one cannot be trusted either
hint-campaign-costs = give --cost-per-contact, --fixed-cost or both
err-demo-data = { $path } already holds data
hint-demo-data = the demo never mixes into existing data: pass --force to replace what is there (the file, or carnet's tables on a server), or choose another --db
hint-cycle = write 12m, 1y, 6w, 45d, measured, or none to drop it
err-from-as-of = --from is not before --as-of
err-no-workbook = this view has no workbook form
hint-no-workbook = use --format csv or json here
clap-unknown-argument = unexpected argument `{ $arg }`
clap-unknown-subcommand = unknown command `{ $name }`
clap-missing = the following arguments are required: { $args }
clap-invalid-value = invalid value `{ $value }` for `{ $arg }`
clap-valid-values = ; possible values: { $values }
clap-conflict = `{ $arg }` cannot be used with `{ $other }`
clap-did-you-mean = did you mean `{ $name }`?
clap-more-help = For more information, try '--help'.

demo-built =
    Demo shop in { $path }: { $customers } customers, { $purchases } purchases, revenue { $revenue } over two years to { $day }.
    {""}
demo-try =
    {""}
    Point carnet at it, then try:
      export CARNET_DB={ $path }
      carnet report dashboard --out shop.html
      carnet report clv
      carnet campaign report spring-workshops
      carnet remind --within 7d
      carnet report pipeline
      carnet report value-matrix
      carnet report rfm --segment "can't lose them"
      carnet report pareto
      carnet segment list
      carnet contact list --sort total-spent --limit 10
      carnet contact show C000001
      carnet report categories
      carnet report channels

    Subscriptions (Abonnements) renew every year, so `carnet remind` lists the
    lapsed subscribers; set a cycle on another category with
      carnet purchase categories cycle Ateliers 6m

## What each reminder is about (the English is also the JSON/CSV `reason`)
why-follow-up = follow up on the { $kind } of { $day } (interaction { $id })
why-deal-ahead = deal { $id } "{ $title }" ({ $stage }, { $amount }) is expected to close
why-deal-late = deal { $id } "{ $title }" ({ $stage }, { $amount }) was expected to close
why-cadence = keep in touch every { $days } days; last contact { $day }
why-birthday = birthday
why-birthday-age = birthday ({ $age })
why-renewal = last { $category } { $day }, { $cycle }{ $measured }
why-measured = {" "}(measured on { $n } repurchases)
why-slipping-today = usually back every { $gap } days; last visit { $day }, { $days } days ago
why-slipping-by = usually back every { $gap } days; last visit { $day }, { $days } days by { $due }
cycle-every-days = every { $n } days
cycle-every-year = every year
cycle-every-months = every { $n } months
cycle-measured = at its measured cycle
ics-calendar = carnet reminders
ics-follow-up = Follow up: { $name }
ics-deal = Deal due: { $name }
ics-keep-in-touch = Get in touch: { $name }
ics-renewal = Renewal due: { $name }
ics-birthday = Birthday: { $name }
ics-slipping-away = Slipping away: { $name }
why-follow-up-note = follow up on the { $kind } of { $day }: { $note } (interaction { $id })
kind-call = call
kind-email = email
kind-visit = visit
kind-meeting = meeting
kind-sms = sms
kind-note = note
remind-line-why = : { $why }
table-dropped = not shown, the terminal is too narrow: { $names } (see them with --format csv or a wider terminal)
migration-corner = then ↓   now →
migration-new-customer = (new customer)
migration-nobody = nobody
migration-move = { $name } (id { $id }): { $from } → { $to }
migration-title = Segment migration from { $from } to { $to }: { $before } customers then, { $now } now ({ $new } new{ $gone ->
        [0] {""}
       *[other] , { $gone } gone
    })
migration-fell = Fell from Champions or Loyal Customers into At Risk, Can't Lose Them or Hibernating:
migration-rose = Rose into Champions or Loyal Customers:

## Campaigns: preview and report
campaign-people = people
campaign-in-segment = in the segment
campaign-will-receive = will receive it
campaign-control-group = control group (not contacted)
campaign-left-out = left out: { $why }
campaign-preview-title = Campaign `{ $name }` ({ $channel }) to segment `{ $segment }`
campaign-preview-title-launched = Campaign `{ $name }` ({ $channel }) to segment `{ $segment }` — already launched; this is today's view
campaign-no-cost-preview = No cost set: `carnet campaign edit { $name } --cost-per-contact 0,85 --fixed-cost 120` shows what it must bring.
campaign-cost-line = Cost: { $cost } ({ $reached } × { $per } + { $fixed } fixed)
campaign-break-even = To pay for itself, this campaign must bring { $purchases ->
        [one] 1 extra purchase
       *[other] { $purchases } extra purchases
    } of { $average } (the average purchase) — { $share } of the { $reached } people it reaches
campaign-in-revenue = ;{"\u000A"}that is in revenue: set `[value] margin = "40%"` in the config to count only the margin
campaign-no-break-even = No break-even: it reaches nobody, or there are no purchases to average.
campaign-cost-unmeasured = Cost: { $cost }; without a control group, what it brought back cannot be measured.
campaign-extra = Extra buyers: { $buyers } (95 % interval { $low } to { $high }); extra revenue: { $revenue } ({ $revenue_low } to { $revenue_high })
campaign-extra-margin = Extra margin: { $margin } ({ $low } to { $high })
campaign-no-cost-report = No cost set: `carnet campaign edit { $name } --cost-per-contact 0,85 --fixed-cost 120` tells whether it paid for itself.
campaign-basis-margin = margin
campaign-basis-revenue = revenue (no `[value] margin` set)
campaign-cost-roi = Cost: { $cost }; return on investment { $roi } % (95 % interval { $low } % to { $high } %), counted on { $basis }
campaign-cost-basis = Cost: { $cost }, counted on { $basis }
campaign-paid = It paid for itself: even the low end of the interval covers the cost.
campaign-did-not-pay = It did not pay for itself: even the high end of the interval is below the cost.
campaign-cannot-tell = Cannot tell yet whether it paid for itself: the interval runs from below the cost to above it.
campaign-inconclusive = No clear answer: the window has closed and the interval still runs from below the cost to above it (the effect was too small to measure against this control group).
campaign-col-group = group
campaign-col-people = people
campaign-col-bought = bought
campaign-col-rate = rate
campaign-col-revenue = revenue
campaign-col-per-head = per head
campaign-group-recipients = recipients
campaign-group-control = control
campaign-report-title = Campaign `{ $name }` launched { $day }; purchases from the day after, for { $days } days
campaign-report-title-open = Campaign `{ $name }` launched { $day }; purchases from the day after, for { $days } days (the window is still open: { $left } days to go)
campaign-lift-made-difference = Lift in purchase rate: { $lift } points (95 % confidence interval { $low } to { $high }); the campaign made a difference
campaign-lift-chance = Lift in purchase rate: { $lift } points (95 % confidence interval { $low } to { $high }); not distinguishable from chance
campaign-no-control = No control group: the lift cannot be measured.
campaign-opt-outs = Opt-outs on { $channel } since launch among recipients: { $count }
decision-send = send
decision-control = control
decision-excluded = excluded
left-out-opted-out = opted out
left-out-address-bounced = address bounced
left-out-no-optin-for-this-channel = no opt-in for this channel
left-out-no-address-for-the-channel = no address for the channel
left-out-on-the-suppression-list = on the suppression list
left-out-contacted-too-often = contacted too often
left-out-in-the-control-group = in the control group

## carnet's own words in tables (val-GROUP-WORD); English shows the word itself
val-kind-call = call
val-kind-email = email
val-kind-visit = visit
val-kind-meeting = meeting
val-kind-sms = sms
val-kind-note = note
val-kind-saved = saved
val-kind-built-in = built-in
val-follow-up-open = open
val-follow-up-done = done
val-action-grant = grant
val-action-withdraw = withdraw
val-action-soft-opt-in = soft_opt_in
val-action-bounce = bounce
val-action-complaint = complaint
val-action-void = void
val-action-create = create
val-action-update = update
val-action-delete = delete
val-sync-what-contact = contact
val-sync-what-reminder = reminder
val-method-paper-form = paper-form
val-method-in-person = in-person
val-method-web-form = web-form
val-method-email-reply = email-reply
val-method-phone = phone
val-method-import = import
val-channel-email = email
val-channel-sms = sms
val-channel-phone = phone
val-channel-post = post
val-status-never-asked = never_asked
val-status-opted-in = opted_in
val-status-soft-opt-in = soft_opt_in
val-status-opted-out = opted_out
val-status-bounced = bounced
val-stage-won = won
val-sign-name = name
val-sign-email = email
val-sign-phone = phone
val-stage-lost = lost
val-stage-lead = lead
val-stage-qualified = qualified
val-stage-proposal = proposal
val-stage-negotiation = negotiation
val-channel-shop = shop
val-channel-market = market
val-channel-online = online
val-channel-fair = fair
msg-no-duplicates = no likely duplicates
msg-duplicates = { $count ->
        [one] 1 contact looks
       *[other] { $count } contacts look
    } like another one: check each with `carnet contact merge KEEP OTHER --dry-run` (here `carnet contact merge id:{ $keep } id:{ $other } --dry-run`), then merge

## At the counter: imports, exports, merges, warnings
label-warning = warning:{" "}
msg-read-as = { $label } was read as { $encoding } text
msg-unused-columns = columns not used (ignored): { $names }
msg-contacts-dry-run = dry run: { $count ->
        [one] 1 contact
       *[other] { $count } contacts
    } read from { $label } would be added; nothing written
msg-contacts-imported = imported { $count ->
        [one] 1 contact
       *[other] { $count } contacts
    } from { $label } (batch { $batch })
msg-update-dry-run = dry run of { $label }: { $created } to create, { $updated } to update, { $unchanged } unchanged, { $ambiguous } ambiguous; nothing written
msg-update-ambiguous = the ambiguous rows match several contacts: give them a ref, or merge those contacts first
msg-update-imported = imported { $label } (batch { $batch }): { $created } created, { $updated } updated, { $unchanged } unchanged
msg-update-undo = `carnet import undo { $batch }` would remove the { $created } created; the { $updated } updated keep their changes
msg-contacts-exported = exported { $count ->
        [one] 1 contact
       *[other] { $count } contacts
    } to { $path }
msg-purchases-exported = exported { $count ->
        [one] 1 purchase
       *[other] { $count } purchases
    } to { $path }
warn-after-today = { $day } is after today ({ $today })
msg-backed-up = backed up { $from } to { $to } ({ $kb } KB)
warn-contact-seals = this contact's consent history does not match its seals: { $problem } (see `carnet consent verify`)
msg-merge-plan = merge contact { $other } ({ $other_name }) into { $keep } ({ $keep_name }): { $purchases ->
        [one] 1 purchase moves
       *[other] { $purchases } purchases move
    }; fields filled: { $fields }; tags added: { $tags }
warn-withdrawal-wins = a withdrawal on the same day wins: { $channels } stays opted out; if the person opted in again after withdrawing, record it with --at on a later day
warn-stage-unlisted = { $count ->
        [one] 1 open deal is
       *[other] { $count } open deals are
    } in the stage `{ $stage }`, which the config does not list: counted at 0 %; move them with `carnet deal move ID STAGE` or add the stage to deal_stages
msg-only-category = category `{ $name }`
msg-only-channel = channel `{ $name }`
msg-only-joiner = {" "}on{" "}
msg-only-purchases = only the purchases of { $what }
msg-category-renamed = renamed category `{ $old }` to `{ $new }`
msg-category-merged = moved { $count ->
        [one] 1 purchase
       *[other] { $count } purchases
    } from `{ $from }` to `{ $into }`; `{ $from }` is gone
msg-cycle-set = `{ $name }` is bought again { $cycle }: `carnet remind` lists who is due
msg-cycle-none = `{ $name }` has no renewal cycle now
msg-cycle-configured = note: the config sets `{ $name }`'s cycle to { $cycle }, which wins (see `carnet config path`)
warn-campaign-seals = the consent history does not match its seals ({ $problem }): the audience may rest on altered consents; see `carnet consent verify`
warn-close-past = the expected close date is in the past
warn-follow-up-past = the follow-up { $day } is in the past: it is due at once
why-no-customers = no customers as of { $as_of }: the first purchase is on { $first }
why-no-purchases = no purchases yet: record some with `carnet purchase add` or `carnet purchase import`
why-no-category-by = no purchase with a category on or before { $as_of }
why-no-channels = no purchase has a channel yet: give one with `purchase add --channel` or an import's channel column
prompt-try-again = { $what }; try again
consent-by-channel = Consent by channel (contacts)
consent-by-month = Events by month
consent-col-month = month
consent-col-grants = grants
consent-col-withdrawals = withdrawals
default-unsubscribe = To stop receiving these messages, reply STOP or tell us in the shop.
vcard-unreadable = the file cannot be read
vcard-not-a-property = `{ $text }` is not a vCard property (NAME:value)
vcard-unexpected-begin = unexpected BEGIN:{ $value }
vcard-outside = a property outside BEGIN:VCARD … END:VCARD
vcard-no-name = this card has no FN or N (no name)
vcard-no-end = the card has no END:VCARD
prompt-name = Name
prompt-email = Email
prompt-phone = Phone
err-no-answer = no answer: { $why }
msg-config-header = # { $config } (database: { $db })
err-no-temp-name = cannot find a free temporary name beside { $path }
err-cannot-open = cannot open { $path }: { $why }
err-not-utf8-path = { $path } is not a UTF-8 path
why-clv-few-repeat = only { $repeat } of { $customers } customers came back: too few to predict repeat visits (at least { $min } are needed)
why-clv-no-time = every customer first bought on the last day: there is no time to learn from
why-clv-visits-no-fit = the visits do not follow a pattern the model can fit (the fit did not converge)
why-clv-few-spend = only { $count } customers have repeat visits with a positive amount: too few to model spend per visit (at least { $min } are needed)
why-clv-same-amount = every repeat visit has the same amount: spend per visit does not vary, so it cannot be modelled
why-clv-spend-no-fit = spend per visit does not follow a pattern the model can fit (the fit did not converge)
why-clv-wild-spend = spend per visit varies too wildly to have a finite average (q = { $q } ≤ 1)
why-grant-method = a grant needs its method
why-grant-wording = a grant needs the wording agreed to
why-not-channel = not email, sms, phone or post
why-not-action = not grant, withdraw or soft_opt_in
why-not-method = not paper-form, in-person, web-form, email-reply, phone or import
why-no-wording = no such stored wording
io-cannot-open-db = it cannot be opened as a database (check that it is a file you may read and write)

## purchase import: profiles, contents, rows that are not sales
msg-import-profile = read as { $title } (profile `{ $name }`)
msg-import-guessed = column `{ $header }` read as { $role }, from its contents
msg-import-dates-values = dates read as { $format } (a day above 12 settled it)
msg-import-dates-locale = dates read as { $format }: every date in the file reads both ways, so the shop's own order decided (date_format in the config, or --date-format, says otherwise)
msg-import-preview = { $day }  { $customer }  { $amount }
msg-import-preview-refund = { $day }  { $customer }  { $amount } (refund)
msg-import-walk-ins = { $count ->
        [one] 1 sale without a customer, { $total }, was not imported
       *[other] { $count } sales without a customer, { $total }, were not imported
    }
msg-import-not-sales = { $count ->
        [one] 1 row
       *[other] { $count } rows
    } `{ $what }`: not a sale, not imported
msg-import-line-items = { $count ->
        [one] 1 line item was
       *[other] { $count } line items were
    } counted in their order's purchase
msg-import-refunds = { $count ->
        [one] 1 refund, as a negative amount
       *[other] { $count } refunds, as negative amounts
    }
msg-import-total = purchases read: { $count }, totalling { $total }
import-bad-group = `{ $value }`, { $count } rows (the first on line { $line }, column { $col } ({ $name })): { $why }
hint-channel-or-map = nothing was imported; add the channel to sales_channels in the config, or map the column away (--map "{ $header }=ignore")
err-not-channel = `{ $value }` is not a sales channel (the channels are: { $channels })
err-no-profile = there is no import profile named `{ $name }`
hint-profiles = the profiles are: { $names } (carnet purchase import --profiles)
profile-square = a Square transactions export
profile-shopify = a Shopify orders export
profile-sumup = a SumUp transactions export
profile-zettle = a Zettle (PayPal) receipts export
profile-woocommerce = a WooCommerce orders export
profile-prestashop = a PrestaShop orders export
profile-caisse-fr = a French till or spreadsheet export
hint-import-date-format = nothing was imported; the dates were read as { $spelling }: if they are written otherwise, say how with --date-format DD/MM/YYYY (or MM/DD/YYYY, or a strftime pattern), or set date_format in the config
profile-square-items = a Square item details export
err-db-url = { $from } `{ $value }` is a { $scheme } URL, not a file: carnet keeps its data in one SQLite file and has no { $scheme } backend yet
hint-db-url = give the path of a file, e.g. --db ~/shop.db (nothing was created)
msg-consent-head = head: { $head } (keep it elsewhere; `carnet consent verify --head { $head }` checks the history still extends it)
msg-consent-extends = the history extends what the witness saw
err-not-a-head = `{ $value }` is not a consent head
hint-not-a-head = give it as `consent verify` prints it: the number of events, a colon and the last hash (N:HASH)
err-not-a-backup = { $path } is not a carnet backup
hint-not-a-backup = name a file made by `carnet backup`
err-suppressions-broken = the suppression list does not match its seal: { $what }
hint-suppressions-broken = campaigns are stopped until it is repaired: restore the database from a backup (`carnet consent verify --against BACKUP` checks one), then run `carnet consent verify`
msg-backup-head = the copy witnesses the consent history at { $head } (`carnet consent verify --against FILE` checks it later)
err-not-db-file = { $path } is not a database file (it is a device, a pipe or a socket)
hint-not-db-file = point --db, CARNET_DB or `db` in the config at a carnet file, e.g. ~/shop.db
err-not-regular-file = { $path } is not a regular file (it is a device, a pipe or a socket)
hint-not-regular-file = name a file saved on disk; to read from a program, save its output to a file first
err-file-too-big = { $path } is larger than carnet reads for it ({ $max })
hint-file-too-big = check that it is the right file; split a large import into several files
## Contact files: cards and rows not taken as they were (issue 23)
msg-card-named = line { $line }: a card with no name, named “{ $name }” from its { $from ->
        [organisation] organisation
        [nickname] nickname
        [email] email
       *[phone] phone
    }
msg-card-kept-in-notes = line { $line } ({ $name }): kept in the notes, as carnet cannot use it: { $values }
msg-card-merged = line { $line } ({ $name }): the same person as line { $into }, merged into it
msg-card-shares = line { $line } ({ $name }): shares { $value } with line { $other } under another name; both imported (`carnet contact duplicates` lists them)
msg-card-empty = line { $line }: a card with no name, email, phone or organisation, left out
msg-dates-day-first = { $label }: slashed dates read day first (DD/MM/YYYY); use --date-format MM/DD/YYYY if they are month first
msg-dates-month-first = { $label }: slashed dates read month first (MM/DD/YYYY); use --date-format DD/MM/YYYY if they are day first
vcard-no-name-named = the card has no name (it would be named “{ $name }” from its { $from ->
        [organisation] organisation
        [nickname] nickname
        [email] email
       *[phone] phone
    })
vcard-cannot-use = carnet cannot use { $values } (it would be kept in the notes)
vcard-empty-card = the card has no name, email, phone or organisation
hint-strict-cards = nothing was imported; without --strict such cards are taken (named, values kept in the notes) and listed
err-vcard-version-needs-vcf = --vcard-version goes with --format vcf
err-not-a-date-label = `{ $value }` is not a date label (a word or a few, at most 30 characters, without `=` or `;`)
err-date-spec = `{ $value }` is not a key date: write LABEL=DATE, as `mariage=2027-06-12`
remind-key-dates = Key dates
why-key-date = { $label }
why-key-date-years = { $label } ({ $years ->
        [one] 1 year
       *[other] { $years } years
    })
ics-key-date = { $label }: { $name }
msg-date-set = contact { $id }: { $label } on { $date }
msg-date-removed = contact { $id }: { $label } removed
err-no-such-date = contact { $id } has no date labelled `{ $label }`
import-row-no-name = this contact has no name (give it a name, or a first or last name)
hint-empty-cards = nothing was imported: its { $count ->
        [one] card holds
       *[other] { $count } cards hold
    } no name, email, phone or organisation (a photo alone?)
## report cohorts
col-cohort = cohort
col-cohorts = cohorts
col-by = by
col-as-of = as of
col-revenue-per-customer = revenue per customer
col-churn-rate = churn rate
col-median-lifetime = median lifetime
period-month = month
period-quarter = quarter
cohort-title = Cohort retention as of { $date }: share of each cohort with a visit in each later period
cohort-partial = * the period is not over yet. Revenue per customer: net, from the cohort's first period to date.
cohort-rates = Churn rate (never came back after their first period): { $churn }. Median lifetime: { $median }.
cohort-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}
cohort-quarters = { $count ->
    [one] { $count } quarter
   *[other] { $count } quarters
}
cohort-median-beyond = more than half are still coming back
err-since-after-as-of = --since is after --as-of
hint-since-as-of = give the first cohort's day with --since, on or before --as-of

## report dashboard
dashboard-written = Dashboard written to { $path } ({ $bytes } bytes). Open it in a browser; it prints on A4.
dash-title = The shop at a glance, as of { $date }
dash-intro = Every figure is computed as of this day: later purchases are ignored. Hover a mark to read its figure; the tables under the charts hold them as text.
dash-activity = Revenue and visits by month
dash-revenue-chart = Net revenue by month over 24 months, against the same month a year before (dotted)
dash-visits-chart = Visits by month (a customer's purchase day) over 24 months, against a year before (dotted)
dash-new-returning = Customers by month: new (first visit that month) and returning
dash-this-period = these 24 months
dash-year-before = a year before
dash-new = new
dash-returning = returning
dash-activity-rules = A visit is a day with a purchase of a positive amount; refunds lower the revenue but are not visits.
dash-cohorts = Cohort retention
dash-cohort-chart = Share of each month's new customers who came back in each later month
dash-cohort-rows = first month (customers)
dash-cohort-columns = months later
dash-cohort-rules = Darker is more customers coming back; +0 is the cohort's own month. Churn rate: the share who never came back after their first month; median lifetime: the first month at which half or fewer are still coming back (see carnet report cohorts).
dash-no-customers = No customer yet on this day.
dash-rfm = RFM: recency and frequency
dash-rfm-chart = Customers by recency score (R, 5 = most recent) and frequency score (F, 5 = most visits), shaded by their revenue
dash-rfm-rows = recency
dash-rfm-columns = frequency
dash-advice = what to do
dash-matrices = Value and profitability
dash-vm-chart = Customer value matrix: visits (rows) against average purchase (columns), customers per cell
dash-vm-rows = visits
dash-vm-columns = average purchase
dash-profit-rows = potential value
dash-profit-columns = current value
dash-high = high
dash-low = low
dash-profit-chart = Profitability: potential value (rows) against current value of the last 12 months (columns), customers per cell
dash-matrices-rules = Each axis is split at its mean (value matrix, over the active customers) or its median (profitability). Customers inactive for too long are left out of the value matrix.
dash-clv = Lifetime value
dash-clv-chart = Customers by expected value over the next 52 weeks
dash-alive-chart = Customers by chance of still being a customer (P(alive))
dash-calls = Customers most worth a call: the highest expected value among those with P(alive) under { $pct } %
dash-groups = Categories and channels
dash-categories-chart = Revenue by category
dash-channels-chart = Revenue by sales channel
dash-no-groups = No purchase says what was bought or where: give purchases a --category and a --channel.
dash-pipeline = Deal pipeline
dash-funnel-chart = Open deals by stage (amount), as a funnel
dash-forecast = Weighted forecast of the open deals: { $amount }.
dash-campaigns = Campaigns
dash-campaigns-chart = Extra revenue from each launched campaign against its control group (30 days)
dash-campaign = campaign
dash-lift = lift in buyers
dash-extra-revenue = extra revenue [interval]
dash-cost = cost
dash-verdict = verdict
dash-no-control = no control group
dash-no-campaigns = No campaign launched by this day.
dash-campaigns-rules = Lift: the recipients' buying rate minus the control group's; the interval is 95 %. ROI: (extra margin − cost) / cost.
dash-consent = Consent by channel
dash-consent-chart = Contacts by channel and consent status
dash-consent-rows = channel
dash-consent-columns = status
dash-unavailable = Not shown: { $why }
verdict-paid-for-itself = paid for itself
verdict-did-not-pay = did not pay
verdict-cannot-tell-yet = cannot tell yet
## campaign send
err-template-unknown-field = the message uses {"{{"}{ $field }{"}}"}, which carnet does not know
hint-template-fields = fields a message of `{ $name }` may use: { $fields }
err-template-missing-field = the message uses {"{{"}{ $field }{"}}"} but { $contact } has none: fill it in or take the field out of the message (nothing was sent)
err-template-unclosed = the message has a {"{{"} without its {"}}"}
err-sms-too-long = the SMS is { $length } characters long with its STOP wording, more than the { $max } allowed (`[sms] max_length`)
hint-sms-shorter = shorten the message, or raise `[sms] max_length` if your provider sends longer messages in several parts
err-smtp-url = `[send] smtp = "{ $value }"` cannot be used: { $why }
err-send-no-message = campaign `{ $name }` has no message to send
hint-send-no-message = create the campaign with `--message FILE` (a text or HTML file, `Subject: …` on its first line)
err-send-channel = campaign `{ $name }` is on the { $channel } channel: carnet sends only email and SMS
hint-send-channel = for post and phone, use the file `campaign launch --out` wrote
err-send-unreachable = the server could not be reached: { $why } ({ $sent } sent so far, none lost)
hint-send-again = run `carnet campaign send { $name }` again to go on where it stopped
err-send-address = `{ $value }` is not an address mail can be sent from or replied to
hint-send-config = see the `[send]` section of the README: smtp, from, reply_to, CARNET_SMTP_PASSWORD
err-send-no-from = `[send] from` is not set: mail needs a sender, such as "Atelier Roux <bonjour@atelier-roux.fr>"
err-send-bad-recipient = `{ $value }` ({ $contact }) is not an email address
err-send-password-command = the `[send] password_command` failed: { $value }
err-send-no-smtp = `[send] smtp` is not set: carnet does not know the shop's mail server
err-send-ca-file = `[send] ca_file` { $value } holds no PEM certificate
err-send-tls = TLS could not be set up: { $value }
err-send-no-password = the mail account `{ $value }` needs its password: set CARNET_SMTP_PASSWORD or `[send] password_command`
err-send-refused = the message to { $to } was not accepted: { $why }
err-sms-no-url = `[sms] url` is not an http(s) address: `{ $value }`
hint-sms-config = see the `[sms]` section of the README for examples of providers and of an Android gateway
err-sms-no-secret = the SMS provider's secret is missing: set the environment variable { $var }
msg-send-dry-run = wrote { $count ->
        [one] 1 message
       *[other] { $count } messages
    } into { $dir } (nothing was sent)
msg-send-test = test message sent to { $to } ({ $answer })
msg-send-done = campaign `{ $name }`: { $sent } sent now, { $already } sent before, { $skipped } not sent (consent withdrawn, bounced or erased since the launch), { $failed } failed, { $bounced } bounced, { $deferred } deferred, { $uncertain } uncertain
warn-send-uncertain = { $count ->
        [one] 1 message may have left when the send was interrupted: look in the account's Sent folder; `carnet campaign send { $name } --resend-uncertain` sends it again
       *[other] { $count } messages may have left when the send was interrupted: look in the account's Sent folder; `carnet campaign send { $name } --resend-uncertain` sends them again
    }
msg-send-resent = { $count ->
        [one] 1 message
       *[other] { $count } messages
    } left uncertain by an interrupted send went again, with the same Message-ID
err-send-broke = the connection broke while the message to { $to } was being handed over: { $why } ({ $sent } sent so far; that one may have left and is counted as uncertain)
hint-send-deferred = the server asked to wait for some messages: run `carnet campaign send { $name }` again later
err-unsubscribe-csv-columns = { $label } has no email column (`Email Address` in Mailchimp's exports, `EMAIL` in Brevo's)
hint-unsubscribe-csv-columns = give the provider's unsubscribed or cleaned export as it was downloaded, or a CSV with an `email` column
msg-unsubscribe-from = { $withdrawn } withdrawn, { $bounced } bounced, { $already } already recorded, { $suppressed } addresses of no contact suppressed, { $ignored } messages that are neither an unsubscribe nor a bounce
why-not-email = not an email address
campaign-delivery = Sent by carnet: { $sent } sent, { $failed } failed, { $bounced } bounced, { $skipped } not sent (consent withdrawn since the launch), { $waiting } still to send, { $uncertain } uncertain (may have left when a send was interrupted); { $unsubscribed } unsubscribed
remind-mail-subject = carnet: { $count ->
        [one] 1 thing
       *[other] { $count } things
    } to do on { $day }
msg-remind-mailed = digest mailed to { $to } ({ $answer })

## Service requests (`carnet service`, `report service`)
err-no-service = no service request with id { $id }
hint-see-service-ids = see the ids with `carnet service list --all`
err-service-status-builtin = `{ $name }` closes a request (`carnet service close`): it is not one of the open statuses
err-service-no-ready = the open statuses must include `ready` (the status that tells the customer)
err-service-words-none = the list is empty
err-service-word-blank = { $name } is not a name (empty, or with spaces around it)
err-service-word-twice = `{ $name }` is listed twice
err-service-close-with = close request { $id } with `carnet service close { $id } --{ $status }`
err-service-not-status = `{ $name }` is not a status
err-service-not-kind = `{ $name }` is not a kind of request
hint-service-statuses-are = the statuses are: { $names } (config `[service] statuses`)
hint-service-kinds-are = the kinds are: { $names } (config `[service] kinds`)
err-service-closed = service request { $id } is already { $status }
hint-service-closed = a closed request stays closed: open a new one with `carnet service add`
err-service-template-missing = the message uses {"{{"}{ $field }{"}}"}, which this request does not have
hint-service-template = see `[service.messages] { $status }` in the config (`carnet config show`)
err-service-what = a service request needs a description
hint-service-what = say what it is about: --what "Peugeot bike, brakes"
service-ready-message = Hello { $first_name }, your { $what } is ready: you can collect it at the shop (request { $id }).
service-mail-subject = Your { $what } is ready
err-service-no-message = there is no message for the status `{ $status }`
err-service-no-way = the customer cannot be reached: no email with `[send]` set up, no phone with `[sms]` set up
hint-service-no-way = move it without --notify and pass the message on yourself, or set up `[send]` or `[sms]` (see the README)
err-service-consent = the customer may not be written to by { $channel }: { $why }
hint-service-consent = a service message needs no opt-in, but an objection or a bounced address holds: call the customer instead
err-service-note-empty = the note is empty
err-service-close-before = service request { $id } came in on { $day }: it cannot close before
why-service-late = request { $id } "{ $what }" ({ $status }, in since { $day }) was promised
why-service-collect = request { $id } "{ $what }" ready since { $day }, not collected
why-service-complaint = complaint { $id } "{ $what }" of { $day } has no answer
remind-service-late = Service requests past their promised day
remind-service-collect = Ready, waiting to be collected
remind-service-complaints = Complaints without an answer
ics-service-late = Service request late: { $name }
ics-service-collect = To collect: { $name }
ics-service-complaint = Complaint to answer: { $name }
service-history-opened = { $day } came in ({ $status })
service-history-note = { $day } note: { $note }
warn-promised-past = the promised day is before the day it came in
msg-service-opened = opened service request { $id }: { $what } for { $name }
msg-no-service = no service requests
msg-service-already-in = service request { $id } is already { $status }
msg-service-moved = service request { $id }: { $from } → { $to }
msg-service-sent = service request { $id }: the message went to { $to } ({ $answer })
msg-service-to-send = Message to send to { $name } ({ $reach }):
msg-service-noted = note added to service request { $id }
msg-service-collected = service request { $id } collected, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after it came in
msg-service-cancelled = service request { $id } cancelled
msg-service-purchase = ; purchase { $purchase } recorded ({ $amount })
warn-service-status-unlisted = { $count } open requests are in `{ $status }`, a status no longer in `[service] statuses`
service-report-open = Open requests by status (age in days, as of today)
service-report-closed = Requests closed from { $since } to { $until }, by kind
service-report-complaints = Complaints per 100 customers, by month
val-status-received = received
val-status-in-progress = in progress
val-status-waiting-parts = waiting for parts
val-status-waiting-customer = waiting for the customer
val-status-ready = ready
val-status-collected = collected
val-status-cancelled = cancelled
val-kind-repair = repair
val-kind-alteration = alteration
val-kind-order = order to collect
val-kind-complaint = complaint
val-kind-other = other
col-what = what
col-opened = came in
col-promised = promised
col-quote = quote
col-charge = charged
col-ready-on = ready on
col-closed-on = closed on
col-days = days
col-up-to-7-days = up to 7 days
col-days-8-to-30 = 8 to 30 days
col-over-30-days = over 30 days
col-median-age-days = median age (days)
col-oldest-days = oldest (days)
col-collected = collected
col-cancelled = cancelled
col-median-turnaround-days = median turnaround (days)
col-on-time = on time
col-on-time-share = share on time
col-complaints = complaints
col-per-100-customers = per 100 customers
col-sent-by = sent by
col-sent-to = sent to
## Satisfaction and the loyalty card (issue 30)
err-satisfaction-score = `{ $value }` is not a score of the { $scale } scale: write a whole number from { $low } to { $high }
err-satisfaction-about = `{ $value }` is not something an answer can be about: write service:N (a service request's number)
err-satisfaction-future = that day has not come yet: an answer, or a card, starts today at the latest
err-satisfaction-scale = the scale is nps (0 to 10) or 5 (1 to 5)
err-satisfaction-empty = { $label } holds no answer: nothing was recorded
msg-satisfaction-added = recorded { $name }'s answer: { $score } (answer { $id })
warn-satisfaction-call-back = { $name } is unhappy: `carnet remind` lists them until an interaction is logged with them
msg-satisfaction-imported = { $count ->
        [one] 1 answer recorded
       *[other] { $count } answers recorded
    }
msg-no-satisfaction = no answers in that period
satisfaction-figure = { $value } ({ $low } to { $high }), { $count ->
        [one] 1 answer
       *[other] { $count } answers
    }
satisfaction-small = : too few to tell
satisfaction-all = all
satisfaction-legend = NPS = % promoters (9–10) − % detractors (0–6); mean = the 1–5 scale's; in brackets the 95 % interval. Below 30 answers a figure moves a lot with each answer.
col-nps = NPS
col-promoters = promoters
col-detractors = detractors
col-mean-score = mean (1–5)
crit-loyalty = loyalty cell { $list }
err-loyalty-cell = `{ $value }` is not a cell of the loyalty matrix: true, latent, spurious, none or no_answer
loyalty-matrix-title = The loyalty matrix (Dick & Basu) on { $date }
loyalty-matrix-legend = Attitude: the latest answer, high for 9–10 (NPS) or 4–5 (1–5 scale). Patronage: the RFM frequency score, high for 4–5. Customers who never answered are counted apart.
loyalty-advice-true = keep them: thank them, ask for referrals and reviews
loyalty-advice-latent = they like you but come rarely: give them reasons to come (events, reminders)
loyalty-advice-spurious = they come but are not attached: at risk the day a competitor opens; ask what to improve
loyalty-advice-none = neither attached nor regular: low-cost contact only
loyalty-true = true
loyalty-latent = latent
loyalty-spurious = spurious
loyalty-none = none
loyalty-noanswer = no_answer
loyalty-advice-no-answer = ask them: a short survey after their next visit
err-loyalty-off = there is no loyalty card: the config has no [loyalty] programme
hint-loyalty-config = add to the config: [loyalty] programme = "points", points_per_euro = 1, rewards = [{"{"} points = 100, reward = "5 € off", value = 5.0 {"}"}]
err-loyalty-no-reward = no reward named { $value }
hint-loyalty-rewards = the rewards are: { $names }
err-loyalty-short = not enough points for { $reward }: it takes { $points }, the balance is { $balance } ({ $missing } missing)
err-loyalty-not-member = { $name } does not have the loyalty card
hint-loyalty-join = give it to them first: carnet loyalty join id:{ $id }
loyalty-balance = { $points ->
        [one] 1 point
       *[other] { $points } points
    }
loyalty-next = ; next reward: { $reward }, { $missing } points to go
loyalty-all-rewards = ; every reward is within reach
msg-loyalty-joined = contact { $id } has the loyalty card.
msg-loyalty-already = contact { $id } already had the loyalty card.
msg-loyalty-redeemed = redeemed { $reward } ({ $points } points)
msg-loyalty-no-history = no points earned or spent yet
msg-loyalty-no-redemptions = no reward redeemed yet
loyalty-report = { $members ->
        [one] 1 member
       *[other] { $members } members
    }, { $holders } holding points; { $points } points outstanding; { $redemptions ->
        [one] 1 reward
       *[other] { $redemptions } rewards
    } redeemed
loyalty-liability = what the points outstanding are worth: { $amount }
loyalty-visits = { $value } visits a year ({ $low } to { $high }, { $count } customers)
loyalty-no-customers = no customers
loyalty-compare = Members (joined a year ago or more): { $members }; others: { $others }.
loyalty-self-selection = Careful: customers choose to join, and those who already come often join more readily; the gap shows who joins as much as what the card does.
loyalty-card = Loyalty card
remind-call-back = Unhappy customers to call back
ics-call-back = Call back: { $name }
why-call-back = answered { $score } of { $scale } on { $day }; log an interaction once you have called
why-call-back-comment = answered { $score } of { $scale } on { $day }: “{ $comment }”; log an interaction once you have called
col-satisfaction-score = satisfaction
col-satisfaction-scale = scale
col-satisfaction-date = answered on
col-loyalty-points = loyalty points
col-loyalty-next-reward = next reward
col-loyalty-points-to-next = points to go
col-scale = scale
col-about = about
col-comment = comment
col-passives = passives
col-small-sample = small sample
col-last-answer = last answer
col-change = change
col-points = points
col-balance = balance
col-reward = reward
col-joined = joined
col-redemptions = redemptions
col-figure = figure
demo-loyalty =
    {""}
    Its customers have answered a survey (carnet report satisfaction, carnet report loyalty-matrix)
    and some have a loyalty card; to see their points, add to the config (carnet config path):
      {"["}loyalty]
      programme = "points"
      points_per_euro = 1
      rewards = [{"{"} points = 200, reward = "10 € off", value = 10.0 {"}"}]
val-loyalty-change-earned = earned
val-loyalty-change-refund = refund
val-loyalty-change-redeemed = redeemed
val-loyalty-change-expired = expired
col-redemption-id = redemption id
## The config file's errors (config_errors.rs)
err-in-config-at = in config { $path }, { $place }: { $what }
config-place = line { $line }, column { $column }
config-place-key = line { $line }, column { $column }, key `{ $key }`
config-unknown-key = unknown key `{ $key }`; the keys accepted here: { $keys }
config-no-keys = none
config-unknown-value = unknown value `{ $value }`; the values accepted: { $values }
config-missing-key = the key `{ $key }` is missing
config-wrong-type = wrong type of value: { $found }; expected: { $expected }
config-found-text = the text { $value }
config-found-whole = the whole number { $value }
config-found-decimal = the decimal number { $value }
config-found-bool = the boolean { $value }
config-found-list = a list
config-found-table = a table
config-type-whole = a whole number
config-type-decimal = a number
config-type-text = a text in quotes
config-type-bool = true or false
config-type-char = one character
config-type-list = a list in brackets
config-type-table = a table of keys

## Companies as contacts
err-no-company = no company named { $key }
hint-no-company = a company is made by `contact add --name NAME --kind company`, or by a person's --company; `contact list --search NAME` finds the contacts of that name
err-company-exists = a company named { $name } exists already (contact { $id })
hint-company-exists = show it with `carnet contact show { $id }`; people join it with `--company`
why-no-company-purchases = no company has bought anything yet: a company is made by `contact add --kind company` or a person's --company, and its purchases and its people's count for it
val-contact-kind-person = person
val-contact-kind-company = company

## Slipping away, kept until a visit or an interaction
why-slipping-since = usually back every { $gap } days; last visit { $day }, { $days } days ago; slipping away since { $since }
segment-slipping-away = Slipping Away
crit-slipping-away = slipping away (a regular not back after `slipping_factor` × their usual gap, no word from the shop since)
msg-population-refreshed = { $customers ->
        [one] 1 customer
       *[other] { $customers } customers
    } placed among the others as of { $day }: contact cards read these figures until the next import or refresh
# carnet sync (CardDAV/CalDAV)
sync-note-visits = { $count ->
        [one] 1 visit
       *[other] { $count } visits
    }
sync-note-last-visit = last visit { $day }
sync-note-follow-up = follow-up { $day }: { $what }
sync-contacts-added = { $count ->
        [one] 1 contact added
       *[other] { $count } contacts added
    }
sync-contacts-updated = { $count ->
        [one] 1 contact updated
       *[other] { $count } contacts updated
    }
sync-contacts-deleted = { $count ->
        [one] 1 contact deleted
       *[other] { $count } contacts deleted
    }
sync-reminders-added = { $count ->
        [one] 1 reminder added
       *[other] { $count } reminders added
    }
sync-reminders-updated = { $count ->
        [one] 1 reminder updated
       *[other] { $count } reminders updated
    }
sync-reminders-deleted = { $count ->
        [one] 1 reminder deleted
       *[other] { $count } reminders deleted
    }
msg-sync-dry-run = dry run: { $count ->
        [one] 1 change
       *[other] { $count } changes
    } listed, nothing sent
msg-sync-new-on-server = { $count ->
        [one] 1 card on the server was not put there by carnet (made on a phone?)
       *[other] { $count } cards on the server were not put there by carnet (made on a phone?)
    }: `carnet contact import` takes the vCards printed
msg-forget-sync = the next `carnet sync` deletes this person's card and reminders from the sync server (carnet keeps only their entries' ids until then)
err-sync-not-configured = no sync server is configured
hint-sync-config = set `[sync] carddav = "https://…/addressbooks/shop/"` and/or `caldav = "https://…/calendars/shop/"`, with `username`, in the config file (`carnet config path`); see the README's `carnet sync`
err-sync-no-collection = no { $what ->
        [calendar] calendar
       *[other] address book
    } is configured to sync to
err-sync-bad-url = the sync URL `{ $url }` cannot be used: { $why }
err-sync-unreachable = the sync server at { $url } could not be reached: { $why }
hint-sync-resume = nothing is lost: what was sent is recorded, and the next `carnet sync` goes on where this one stopped
err-sync-auth = the sync server refused the user name or password (HTTP { $status } from { $url })
hint-sync-auth = check `[sync] username`, and the password in CARNET_SYNC_PASSWORD or printed by `[sync] password_command`
err-sync-password-command = the `[sync] password_command` failed: { $value }
err-sync-not-collection = { $url } is not { $what ->
        [calendar] a calendar
       *[other] an address book
    }, and none was found from it
hint-sync-not-collection = give the { $what }'s own URL (the server shows it), or the server's root URL for carnet to find it
err-sync-tls = the secure connection to { $url } failed: { $why }
hint-sync-tls = check the URL (https with a valid certificate); nothing was sent past this point
err-sync-http = the sync server at { $url } answered: { $why }
err-sync-conflicts = { $count ->
        [one] 1 entry was
       *[other] { $count } entries were
    } changed on the server since carnet sent them, and left as they are: { $uids }
hint-sync-conflicts = carnet is the source of truth: `carnet sync --overwrite` replaces them with carnet's version
err-sync-report-new-contacts = --report-new lists the address book's new cards: it cannot go with --calendar
col-uid = uid
err-sync-forbidden = the sync server refused access to { $url } (HTTP 403)
hint-sync-forbidden = the user name and password were taken, but this address is not theirs: check the URL (the server shows each address book's and calendar's own)
## Two engines: PostgreSQL
err-db-duplicate = this is already recorded: a value that must be unique is taken
hint-db-duplicate = look up what is there already (another person may have just added it), then try again
err-pg-lost = the connection to the PostgreSQL server was lost
hint-pg-lost = check the server and the network, then try again
err-pg-connect = cannot reach the PostgreSQL database { $url }: { $why }
hint-pg-connect = check that the server runs, and the URL's host, port, user and database; a password comes from PGPASSWORD or ~/.pgpass, never from carnet's config
err-pg-url = { $url } is not a PostgreSQL address carnet can use: { $why }
hint-pg-url = write it as postgres://USER@HOST/DATABASE, or postgresql://USER@/DATABASE?host=/run/postgresql for a unix socket
err-pg-newer-schema = the PostgreSQL database { $url } was written by a newer carnet (schema { $version }; this one knows up to { $latest })
err-pg-foreign = the PostgreSQL database { $url } holds tables that are not carnet's
hint-pg-foreign = point --db at an empty database, or at one carnet made
pg-why-refused = the server refused this user or password
pg-why-no-database = the server has no such database
pg-why-busy = the server has no free connection
pg-why-timeout = no answer within the connect timeout
pg-why-unreachable = no server answers there
msg-db-copied = copied { $rows } rows in { $tables } tables to { $to }; every table's count and checksum agree, and the consent history verifies
err-db-copy-not-empty = { $to } already holds contacts or purchases: a copy goes only into an empty database
err-db-copy-same = a copy goes from one engine to the other (a SQLite file to PostgreSQL, or back)
err-db-copy-differs = the copy of table { $table } does not match the original; nothing was written
err-db-copy-chain = the copied consent history does not verify ({ $what }); nothing was written
hint-db-copy = copy into a new, empty database (a new file, or a PostgreSQL database carnet has not used yet)
err-pg-tls-no-root = sslmode={ $mode } checks the server's certificate: carnet needs the certificate of the authority that signed it
hint-pg-tls-no-root = name it with sslrootcert=FILE in the URL (or PGSSLROOTCERT, or put it in ~/.postgresql/root.crt); sslrootcert=system trusts the public authorities
err-pg-tls-root-unreadable = cannot read the root certificate { $path }
err-pg-tls-root-empty = { $path } holds no certificate carnet can use (PEM, "-----BEGIN CERTIFICATE-----")
pg-why-no-password = the server asks for a password and none was given
pg-why-tls-refused = the server does not offer TLS, which the URL requires
pg-why-tls-untrusted = the server's certificate is not signed by an authority carnet was told to trust
pg-why-tls-name = the server's certificate is not made out to this host name
pg-why-tls-expired = the server's certificate has expired or is not valid yet
pg-why-tls-failed = the encrypted connection (TLS) could not be set up
hint-pg-password = check the user in the URL, and the password in PGPASSWORD or ~/.pgpass (host:port:database:user:password); carnet never stores one
hint-pg-no-database = create it (createdb -O USER NAME), or correct the database's name in the URL
hint-pg-tls-refused = turn TLS on in the server (ssl = on in postgresql.conf), or, only over a network you trust, connect with sslmode=prefer
hint-pg-tls-untrusted = give the certificate of the authority that signed the server's: sslrootcert=FILE in the URL or PGSSLROOTCERT (the server's administrator has it)
hint-pg-tls-name = connect by a name the certificate holds (the server's administrator knows which), or check the authority only with sslmode=verify-ca
hint-pg-tls-failed = check the server's TLS settings and this machine's date

## Who may do what on a shared PostgreSQL database (`db grant`, `db roles`).
err-roles-owner-only = you may not { $action } on this database: that needs the owner role
hint-roles-owner-only = ask the shop's owner to run it, or to run `carnet db grant { $user } --owner`
err-roles-denied = you may not read or change this on this database (permission denied on { $object })
hint-roles-denied = your database role does not have this right: ask the shop's owner (`carnet db roles` lists who is staff and who is owner)
err-roles-upgrade = the database { $url } needs an upgrade that only the owner can run
hint-roles-upgrade = ask the shop's owner to run carnet on it once (their carnet upgrades it), then try again
err-roles-name = `{ $value }` is not a login name carnet can use
hint-roles-name = use letters, digits, _, . or - (starting with a letter), at most 63 characters; not pg_… nor carnet's own group roles
err-roles-sqlite = roles belong to a PostgreSQL server: { $path } is a SQLite file, whose access control is its file permissions
hint-roles-sqlite = give each person access to the file itself (its owner and mode), or move the shop to a server with `carnet db copy --to postgres://…`
err-roles-not-member = { $name } is neither staff nor owner of this database
hint-roles-list = `carnet db roles` lists who is
err-roles-schema = carnet's tables are in the schema { $schema }, which the roles' GRANTs cannot name
msg-db-granted = { $name } is now { $role } of this database (role { $group })
msg-db-login-created = created the login { $name } without a password: set one with psql's \password { $name }, or let the server's authentication admit it
msg-db-revoked = { $name } is no longer staff or owner of this database
role-action-privacy-export = export everything about a person
role-action-forget = erase people
role-action-export = export people
role-action-copy = copy the whole database
role-action-sync = push the contacts to a phone
role-action-delete = delete records
role-action-merge = merge contacts
role-action-import = import
role-action-undo-import = undo an import
role-action-campaign = prepare, launch or send campaigns
role-action-wording = add consent wordings
role-action-roles = manage who may do what
col-role = role
col-login = login
err-roles-admin-only = you may not manage who may do what on this database: that needs a superuser or a role that may create roles (CREATEROLE)
hint-roles-admin-only = ask the server's administrator (or the shop's owner, connected as the database's administrator) to run it

# Who recorded a row (`recorded_by`): the table column and the suffix of a line.
col-recorded-by = by
recorded-by = by { $who }
col-last-purchase-by = last purchase by
col-consent-by = consent recorded by
