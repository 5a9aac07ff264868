"""The inventory's async HTTP views (Django, served by an ASGI server)."""

from django.db import models
from django.http import JsonResponse


class Warehouse(models.Model):
    code = models.CharField(max_length=8, unique=True)


class StockItem(models.Model):
    sku = models.CharField(max_length=32)
    warehouse = models.ForeignKey(Warehouse, related_name="items", on_delete=models.CASCADE)
    count = models.IntegerField(default=0)


async def warehouse_stock(request, code):
    warehouse = await Warehouse.objects.aget(code=code)
    items = warehouse.items.filter(count__gt=0).order_by("sku")
    levels = {item.sku: item.count for item in items}
    return JsonResponse({"warehouse": warehouse.code, "levels": levels})
