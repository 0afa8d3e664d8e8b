#!/usr/bin/env python3
"""Writes a synthetic archive of N clauses into a migrated, empty SQLite database, for bench/load.sh at scale.

The importer is all-or-nothing through EF Core change tracking, which is right for real seeds but slow for a million
clauses; this fills the same tables directly. Sentences come from the seed; the mix is deterministic (seeded random).
  dotnet run --project src/Archive.Cli -- stats --db /tmp/big.db     # creates and migrates the database
  python3 bench/synthetic-db.py /tmp/big.db 1000000
  DB=/tmp/big.db bench/load.sh
"""
import random
import re
import sqlite3
import sys
from pathlib import Path

def main() -> None:
    db_path, clauses = sys.argv[1], int(sys.argv[2])
    seed = Path(__file__).resolve().parent.parent / "seeds" / "wpi-congress-12" / "resolutions.fa.txt"
    lines = [l.strip() for l in seed.read_text(encoding="utf-8").splitlines() if l.strip()]
    sentences = [s.strip() for l in lines for s in re.split(r"(?<=[.!؟])\s+", l) if len(s.strip()) > 20]
    db = sqlite3.connect(db_path)
    if db.execute("SELECT COUNT(*) FROM Resolutions").fetchone()[0]:
        sys.exit(f"{db_path}: the database is not empty")
    db.execute("INSERT INTO SourceDocuments (Path, Sha256, Encoding, ImportedAt, Language, Direction) VALUES (?, ?, ?, ?, ?, ?)",
               ("synthetic", "0" * 64, "utf-8", "2026-11-24 00:00:00+00:00", "fa", "rtl"))
    doc = db.execute("SELECT last_insert_rowid()").fetchone()[0]
    per_resolution = 25
    rows = []
    for r in range(1, clauses // per_resolution + 1):
        rng = random.Random(r)
        db.execute("INSERT INTO Resolutions (Number, Kind, Heading, Title, SourceLine, SourceDocumentId) VALUES (?, ?, ?, ?, ?, ?)",
                   (r, "Qarar", f"قرار شماره {r} در مورد " + rng.choice(sentences)[:60], f"قرار شماره {r}", r, doc))
        rid = db.execute("SELECT last_insert_rowid()").fetchone()[0]
        for c in range(1, per_resolution + 1):
            text = " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 4)))
            rows.append((rid, f"p{c}", c, "Paragraph", "", "", text, c))
        if len(rows) >= 50_000:
            db.executemany("INSERT INTO Clauses (ResolutionId, Key, Ordinal, Kind, Label, Marker, Text, SourceLine) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            rows.clear()
    db.executemany("INSERT INTO Clauses (ResolutionId, Key, Ordinal, Kind, Label, Marker, Text, SourceLine) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.execute("INSERT OR REPLACE INTO ArchiveState (Key, Value) VALUES ('generation', '1')")
    db.commit()
    print(f"{db_path}: {db.execute('SELECT COUNT(*) FROM Resolutions').fetchone()[0]} resolutions, "
          f"{db.execute('SELECT COUNT(*) FROM Clauses').fetchone()[0]} clauses")

if __name__ == "__main__":
    main()
