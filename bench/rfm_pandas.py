#!/usr/bin/env python3
"""The same job as `carnet report rfm --customers --format csv` with pandas,
end to end: read the purchases, one visit per day, recency/frequency/
monetary as of a day, carnet's rank-quintile scores (ties share the lower
bin: 1 + floor(5 * below / n)) and segments, write a CSV. Benchmark only.
    python3 bench/rfm_pandas.py purchases.csv AS_OF out.csv"""
import sys
import numpy as np
import pandas as pd

path, as_of, out = sys.argv[1], pd.Timestamp(sys.argv[2]), sys.argv[3]
tx = pd.read_csv(path, usecols=["customer_id", "date", "amount"], dtype={"customer_id": str}, parse_dates=["date"])
tx = tx[tx["date"] <= as_of]
g = tx.groupby("customer_id")
c = pd.DataFrame({
    "first_purchase": g["date"].min(), "last_purchase": g["date"].max(),
    "frequency": g["date"].nunique(), "monetary_total": g["amount"].sum(),
})
c["recency_days"] = (as_of - c["last_purchase"]).dt.days
n = len(c)
def score(v, worse_is_larger):
    s = np.sort(v)
    below = n - np.searchsorted(s, v, side="right") if worse_is_larger else np.searchsorted(s, v, side="left")
    return 1 + (5 * below) // n
c["r_score"] = score(c["recency_days"].to_numpy(), True)
c["f_score"] = score(c["frequency"].to_numpy(), False)
c["m_score"] = score(c["monetary_total"].round(2).to_numpy(), False)
def seg(r, f):
    if r <= 2: return "Hibernating" if f <= 2 else "At Risk" if f <= 4 else "Can't Lose Them"
    if r == 3: return "About To Sleep" if f <= 2 else "Need Attention" if f == 3 else "Loyal Customers"
    if r == 4: return "Promising" if f == 1 else "Potential Loyalist" if f <= 3 else "Loyal Customers"
    return "New Customers" if f == 1 else "Potential Loyalist" if f <= 3 else "Champions"
table = {(r, f): seg(r, f) for r in range(1, 6) for f in range(1, 6)}
c["segment"] = [table[k] for k in zip(c["r_score"], c["f_score"])]
c["monetary_avg"] = (c["monetary_total"] / c["frequency"]).round(2)
c["rfm_code"] = c["r_score"].astype(str) + c["f_score"].astype(str) + c["m_score"].astype(str)
c.to_csv(out, date_format="%Y-%m-%d", float_format="%.2f")
