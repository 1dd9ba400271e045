"""Read the research views of an existing warehouse back (for checking it against golden files)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from etl.load.errors import WarehouseReadError
from etl.load.views import VIEWS
from etl.load.warehouse import warehouse_url


def read_research_views(db: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of every research view (view name -> rows as dicts), without writing anything."""
    if "://" not in str(db) and not Path(db).is_file():
        raise WarehouseReadError(f"warehouse {db} does not exist")
    engine = create_engine(warehouse_url(db))
    try:
        missing = set(VIEWS) - set(inspect(engine).get_view_names())
        if missing:
            raise WarehouseReadError(f"{db} is not a policy-etl warehouse: no view {', '.join(sorted(missing))}")
        with engine.connect() as conn:
            return {name: [dict(row._mapping) for row in conn.execute(text(f"SELECT * FROM {name}"))] for name in VIEWS}
    except SQLAlchemyError as error:
        raise WarehouseReadError(f"cannot read warehouse {db}: {error}") from error
    finally:
        engine.dispose()
