#!/usr/bin/env python3
"""Write a purchases CSV: ROWS rows for CUSTOMERS customers (refs C0000001...),
dates over two years, amounts with two decimals. Deterministic."""
import random, sys, datetime
rows, customers, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(42)
start = datetime.date(2022, 1, 1).toordinal()
days = [datetime.date.fromordinal(start + d).isoformat() for d in range(730)]
with open(out, "w") as f:
    f.write("customer_id,date,amount\n")
    buf = []
    for i in range(rows):
        c = i % customers if i < customers else rng.randrange(customers)
        buf.append(f"C{c:07d},{days[rng.randrange(730)]},{rng.randrange(100, 50000) / 100:.2f}\n")
        if len(buf) >= 100000:
            f.write("".join(buf)); buf.clear()
    f.write("".join(buf))
