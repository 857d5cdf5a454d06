#!/usr/bin/env python3
"""Lists the English text literals of the given Swift files that the message catalogue does not translate.

    Scripts/message-coverage.py Sources/TerritoryModel/Parameters/*.swift Sources/ScenarioFormat/*/*.swift

A maintainer's tool (not part of CI): each literal of three words or more, its interpolations read
as values, is held against the English templates of
Sources/ScenarioFormat/Messages/MessageCatalogue+Entries.swift as the catalogue matches them
(whole, with a capitalised first letter, or sentence by sentence). What it lists is either a
message to add to the catalogue, or text that is not a message (labels, examples, code).
"""
import re, glob, sys
cat = open('Sources/ScenarioFormat/Messages/MessageCatalogue+Entries.swift').read()
ens = re.findall(r'\(\s*"((?:[^"\\]|\\.)*)",\s*"', cat)
pats=[]
for e in ens:
    e=e.replace('\\"','"')
    parts=e.split('{}')
    pats.append(re.compile('^'+'(.+?)'.join(re.escape(p) for p in parts)+'$', re.S))
def covered(t):
    cands=[t, t[:1].upper()+t[1:]]
    for c in cands:
        if any(p.match(c) for p in pats): return True
    ss=t.split('. ')
    return len(ss)>1 and all(covered(x) for x in ss)
files = sys.argv[1:]
out=set()
for f in files:
    src=open(f).read()
    for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', src):
        s=m.group(1)
        # turn interpolations into X
        s2=re.sub(r'\\\((?:[^()]|\([^()]*\))*\)', 'X', s)
        s2=s2.replace('\\"','"')
        if len(s2.split())<3 or not re.match(r'^[a-zA-Z`X]', s2): continue
        if s2.startswith('X') and len(s2.split())<4: continue
        if not covered(s2): out.add((f.split('/')[-1], s2))
for f,s in sorted(out): print(f'{f}: {s}')
print(len(out), file=sys.stderr)
