import time
from pathlib import Path

pause = time.sleep
read_blob = Path.read_bytes
