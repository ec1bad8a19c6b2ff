"""A kernel manager for headless runs that lets the Java kernel finish starting before the first
request: rapaio-jupyter-kernel 3.0.1 binds its shell socket before it registers its message
handlers, and a request arriving in between kills its shell thread (NullPointerException on
"handlers"), after which the kernel never answers."""
import asyncio
import os

from jupyter_client.manager import AsyncKernelManager


class PatientKernelManager(AsyncKernelManager):
    async def post_start_kernel(self, **kw):
        await asyncio.sleep(float(os.environ.get("MIGSTAT_KERNEL_GRACE_SECONDS", "6")))
        await super().post_start_kernel(**kw)
