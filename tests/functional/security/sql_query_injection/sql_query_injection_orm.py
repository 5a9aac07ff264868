"""SQLAlchemy text(), Django raw()/extra(), a project's own connection class,
and receivers known by their annotations."""

import sqlite3

from django.db import connection, models
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session


class Order(models.Model):
    status = models.CharField(max_length=20)


class Warehouse:
    """The project's own DB connection class (named in sql-execute-receivers)."""

    def execute(self, query, *params):
        return query, params


class TaskRunner:
    def execute(self, task):
        return task


def orders_by(session: Session, column, status):
    order_by = input("order by: ")
    stmt = sql_text("SELECT * FROM orders ORDER BY " + order_by)  # [sql-query-injection]
    session.execute(stmt)
    session.execute(sql_text("SELECT * FROM orders WHERE status = :s"), {"s": status})
    session.connection().exec_driver_sql(f"VACUUM {order_by}")  # [sql-query-injection]
    session.connection().exec_driver_sql("VACUUM")


def django_queries(status):
    wanted = input("status: ")
    Order.objects.raw(f"SELECT * FROM app_order WHERE status = '{wanted}'")  # [sql-query-injection]
    Order.objects.raw("SELECT * FROM app_order WHERE status = %s", [wanted])
    recent = Order.objects.filter(status="open")
    recent.extra(where=["created > '%s'" % wanted])  # [sql-query-injection]
    recent.extra(where=["created > %s"], params=[wanted])
    with connection.cursor() as cursor:
        cursor.execute("UPDATE app_order SET status = '" + wanted + "'")  # [sql-query-injection]
        cursor.execute("UPDATE app_order SET status = %s", [wanted])


def annotated(conn: sqlite3.Connection, warehouse: Warehouse, runner: TaskRunner):
    name = input("name: ")
    conn.execute("DROP TABLE " + name)  # [sql-query-injection]
    warehouse.execute(f"SELECT * FROM stock WHERE sku = '{name}'")  # [sql-query-injection]
    runner.execute(f"rebuild {name}")
