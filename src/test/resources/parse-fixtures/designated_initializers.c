/* functions: demo_default_limits demo_apply */
/*
 * Parse fixture: designated initializers and compound literals.
 */

enum { DEMO_RD, DEMO_WR, DEMO_EX, DEMO_NR };

struct demo_range {
	unsigned long start;
	unsigned long end;
};

struct demo_limits {
	int prio;
	struct demo_range range;
	const char *names[DEMO_NR];
};

static const char *const demo_mode_names[DEMO_NR] = {
	[DEMO_RD] = "read",
	[DEMO_WR] = "write",
	[DEMO_EX] = "exec",
};

static int demo_weights[8] = {
	[0 ... 3] = 1,
	[4 ... 7] = 2,
};

static struct demo_limits demo_table[] = {
	{ .prio = 1, .range = { .start = 0, .end = 4096 } },
	{
		.prio = 2,
		.range.start = 4096,
		.range.end = 8192,
		.names = { [DEMO_WR] = "w" },
	},
	[3] = { .prio = 9 },
};

static struct demo_range demo_default_limits(void)
{
	return (struct demo_range){ .start = 0, .end = ~0UL };
}

static int demo_apply(struct demo_limits *l)
{
	struct demo_range r = demo_default_limits();
	int w[] = { [DEMO_EX] = 3, [DEMO_RD] = 1 };

	*l = (struct demo_limits){ .prio = demo_weights[2], .range = r };
	l->range = (struct demo_range){ 0 };
	return w[DEMO_EX] + (int)sizeof(demo_table) + (demo_mode_names[0] != 0);
}
