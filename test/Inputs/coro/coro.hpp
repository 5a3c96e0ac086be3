// Mock of the libcoro umbrella header coro/coro.hpp.
#pragma once

#include "coro/concepts/awaitable.hpp"
#include "coro/expected.hpp"
#include "coro/io_scheduler.hpp"
#include "coro/mutex.hpp"
#include "coro/queue.hpp"
#include "coro/scheduler.hpp"
#include "coro/semaphore.hpp"
#include "coro/sync_wait.hpp"
#include "coro/task.hpp"
#include "coro/task_container.hpp"
#include "coro/task_group.hpp"
#include "coro/thread_pool.hpp"
#include "coro/time.hpp"
#include "coro/when_all.hpp"
#include "coro/when_any.hpp"
