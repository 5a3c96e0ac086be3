// Mock of the concurrencpp umbrella header <concurrencpp/concurrencpp.h>
// (David-Haim/concurrencpp v0.1.7). See results/promises.h for lazy/eager
// and README.md next to test/Inputs for the facts the checks rely on.
#pragma once

#include <concurrencpp/executors/executor.h>
#include <concurrencpp/results/lazy_result.h>
#include <concurrencpp/results/make_result.h>
#include <concurrencpp/results/promises.h>
#include <concurrencpp/results/result.h>
#include <concurrencpp/results/resume_on.h>
#include <concurrencpp/results/shared_result.h>
#include <concurrencpp/results/when_result.h>
#include <concurrencpp/runtime/runtime.h>
#include <concurrencpp/threads/async_condition_variable.h>
#include <concurrencpp/threads/async_lock.h>
#include <concurrencpp/timers/timer_queue.h>
