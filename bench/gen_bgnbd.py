#!/usr/bin/env python3
"""Write a purchases CSV from the buying process BG/NBD assumes: each of
CUSTOMERS customers buys at a gamma-distributed weekly rate and may leave
after each purchase with a beta-distributed probability; amounts are gamma
around each customer's own mean. About ROWS rows over two years to
2024-01-01. Deterministic.  python3 bench/gen_bgnbd.py ROWS CUSTOMERS OUT"""
import random, sys, datetime
rows, customers, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(7)
end = datetime.date(2024, 1, 1).toordinal()
start = end - 730
per = rows / customers
# Mean purchases per customer ~ 1 + rate * weeks * (survival): tune the rate scale.
scale = max(per - 1.0, 0.1) / 24.0
n = 0
with open(out, "w") as f:
    f.write("customer_id,date,amount\n")
    buf = []
    for c in range(customers):
        lam = rng.gammavariate(0.6, scale / 0.6)   # purchases per week
        p = rng.betavariate(1.0, 6.0)              # chance of leaving after a purchase
        mean = rng.gammavariate(4.0, 12.0)
        day = start + rng.randrange(int(730 * 0.8))
        while day <= end:
            buf.append(f"C{c:07d},{datetime.date.fromordinal(day).isoformat()},{rng.gammavariate(6.0, mean / 6.0) + 1:.2f}\n")
            n += 1
            if rng.random() < p or lam <= 0:
                break
            day += max(1, int(rng.expovariate(lam) * 7))
        if len(buf) >= 100000:
            f.write("".join(buf)); buf.clear()
    f.write("".join(buf))
print(f"{n} rows for {customers} customers", file=sys.stderr)
