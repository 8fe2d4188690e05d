"""Independent computation of the negotiation figures pinned in supportable.test.ts and
plans.test.ts, written apart from the TypeScript with Python's decimal module (run:
python3 tests/negotiate/independent_check.py). The model is docs/negotiation.md's:
  lawful principal      = received (民法典第670条)
  lawful outstanding    = max(0, owed principal - (contract - received))
  supportable interest  = owed interest * received/contract * min(1, line/contract rate)
  overdue cap           = lawful outstanding * line * overdue days / 365
  supportable overdue   = min(penalty + damages + fees, cap)
LPR at contract formation from legal.md §6 (2025-05-20: 3.00%, so 4 x LPR = 12%)."""
from datetime import date
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_CEILING, getcontext

getcontext().prec = 50
CENT = D("0.01")


def r2(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def supportable(case, line):
    P, R = D(case["principal"]), D(case["received"])
    owed = {k: D(v) for k, v in case["owed"].items()}
    deduction = P - R
    outstanding = max(D(0), owed["principal"] - deduction)
    interest = owed["interest"] * R / P
    rate = D(case["annualRate"])
    if rate > line:
        interest = interest * line / rate
    interest = r2(interest)
    days = (date.fromisoformat(case["asOf"]) - date.fromisoformat(case["overdueSince"])).days
    cap = r2(outstanding * line * days / D(365))
    demanded_overdue = owed["penalty"] + owed["damages"] + owed["fees"]
    overdue = min(demanded_overdue, cap)
    total = outstanding + interest + overdue
    demanded = owed["principal"] + owed["interest"] + demanded_overdue
    return dict(outstanding=outstanding, interest=interest, days=days, cap=cap,
                overdue=overdue, total=total, disputed=demanded - total, demanded=demanded)


def even(total_fen, n):
    pay = -(-total_fen // n)
    return pay, total_fen - pay * (n - 1)


def annuity(total_fen, n, annual):
    i = D(annual) / 12
    pay = (D(total_fen) * i / (1 - (1 + i) ** -n)).to_integral_value(rounding=ROUND_CEILING)
    bal = D(total_fen)
    for _ in range(n - 1):
        bal = bal + (bal * i).to_integral_value(rounding=ROUND_HALF_UP) - pay
    last = bal + (bal * i).to_integral_value(rounding=ROUND_HALF_UP)
    return int(pay), int(last)


def monthly_irr(debt, payments):
    lo, hi = D("-0.5"), D("1")
    for _ in range(200):
        mid = (lo + hi) / 2
        npv = -debt + sum(p / (1 + mid) ** (k + 1) for k, p in enumerate(payments))
        lo, hi = (mid, hi) if npv > 0 else (lo, mid)
    return (lo + hi) / 2


base = {
    "contractDate": "2026-03-15", "principal": "20000", "received": "18800",
    "annualRate": "0.239", "overdueSince": "2026-08-15", "asOf": "2026-11-30",
    "owed": {"principal": "14200", "interest": "846.30", "penalty": "612.40",
             "damages": "1420", "fees": "300"},
}
cases = {
    "licensed, deduction": (base, D("0.24")),
    "licensed, no deduction": ({**base, "received": "20000"}, D("0.24")),
    "private, deduction": (base, D("0.12")),
    "private, no deduction": ({**base, "received": "20000"}, D("0.12")),
}
for name, (case, line) in cases.items():
    s = supportable(case, line)
    print(name, {k: str(v) for k, v in s.items()})

# Plans on the licensed-with-deduction total, capacity 1500.
total = supportable(base, D("0.24"))["total"]
fen = int(total * 100)
n = -(-fen // 150000)
print("fewest interest-free", n, even(fen, n))
print("lowest interest-free", 60, even(fen, 60))
for n in range(-(-fen // 150000), 61):
    pay, last = annuity(fen, n, "0.06")
    if max(pay, last) <= 150000:
        break
print("fewest at 6%", n, (pay, last), "total", pay * (n - 1) + last)
payments = [D(pay) / 100] * (n - 1) + [D(last) / 100]
r = monthly_irr(total, payments)
print("  its IRR x12", r2(r * 12 * 10000) / 10000)
pay60, last60 = annuity(fen, 60, "0.06")
print("lowest at 6%", (pay60, last60), "total", pay60 * 59 + last60)
