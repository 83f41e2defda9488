# zhnum — PGXS build.  `make demo` and `make test` are the README's two commands.
EXTENSION   = zhnum
EXTVERSION  = 1.0
MODULE_big  = zhnum

CORE_SRCS   = $(sort $(wildcard src/core/*.c))
PG_SRCS     = $(sort $(wildcard src/pg/*.c))
OBJS        = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

# The install script is assembled from one file per concern.
SQL_PARTS   = $(sort $(wildcard src/sql/*.sql))
DATA_built  = $(EXTENSION)--$(EXTVERSION).sql
DATA        = $(filter-out $(wildcard $(EXTENSION)--$(EXTVERSION).sql),$(wildcard $(EXTENSION)--*--*.sql))

REGRESS     = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n 2>/dev/null)
ICU_LIBS   := $(shell pkg-config --libs icu-uc icu-i18n 2>/dev/null)
PG_CPPFLAGS = -Isrc/core $(ICU_CFLAGS)
SHLIB_LINK  = $(ICU_LIBS)
PG_CFLAGS   = -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers

EXTRA_CLEAN = test/unit/bin build

PG_CONFIG ?= $(shell command -v pg_config 2>/dev/null || echo /usr/lib/postgresql/15/bin/pg_config)
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PostgreSQL 13-15 build a module with every symbol exported (16 hides them with
# -fvisibility=hidden), so each call from one of our files to another goes through the PLT, and
# a global function is never inlined into its callers in its own file: a cost felt on the per-row
# path of zh_number and text::zh_amount.  Bind our own symbols inside the module instead.
ifeq ($(PORTNAME),linux)
override CFLAGS += -fno-semantic-interposition
SHLIB_LINK += -Wl,-Bsymbolic
endif

# PGXS knows nothing of our headers: an inline function or a struct that changes must rebuild
# every object (the core is small; a full rebuild takes seconds).
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS)
	cat $^ > $@

# ---- core unit tests (no PostgreSQL) --------------------------------------
UNIT_SRCS  = $(sort $(wildcard test/unit/test_*.c))
UNIT_BINS  = $(patsubst test/unit/%.c,test/unit/bin/%,$(UNIT_SRCS))
CORE_CC   ?= cc
CORE_FLAGS = -O2 -g -std=c11 -Wall -Wextra -Wno-unused-parameter -Isrc/core $(ICU_CFLAGS)

# The core is compiled once into build/core/ (apart from the module's objects, which PGXS builds
# with its own flags) and every test is linked with all of it.
UNIT_CORE_OBJS = $(patsubst src/core/%.c,build/core/%.o,$(CORE_SRCS))

build/core/%.o: src/core/%.c $(wildcard src/core/*.h)
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_FLAGS) -c -o $@ $<

test/unit/bin/%: test/unit/%.c $(UNIT_CORE_OBJS) $(wildcard src/core/*.h) test/unit/check.h
	@mkdir -p $(dir $@)
	$(CORE_CC) $(CORE_FLAGS) -o $@ $< $(UNIT_CORE_OBJS) $(ICU_LIBS)

unit: $(UNIT_BINS)

.PHONY: unit demo test conformance bench
demo:
	@bash test/zhnum-env.sh demo

test:
	@bash test/zhnum-env.sh test

conformance:
	@bash test/zhnum-env.sh conformance $(ARGS)

bench:
	@bash test/zhnum-env.sh bench $(ARGS)
