/* functions: demo_open demo_release demo_setup demo_poll */
/* Parse fixture: assorted GNU C and kernel idioms. */

enum demo_state {
	DEMO_IDLE = 0,
	DEMO_BUSY = 1 << 0,
	DEMO_DEAD = 0x80,
};

struct demo_ctl {
	unsigned int enabled:1;
	unsigned int mode:3;
	unsigned int :0;
	unsigned int count;
	const char *name;
};

struct demo_ops {
	int (*open)(struct demo_ctl *ctl);
	void (*release)(struct demo_ctl *ctl);
};

_Static_assert(sizeof(struct demo_ctl) >= 8, "demo_ctl too small");
static_assert(DEMO_DEAD > DEMO_BUSY);

static int demo_open(struct demo_ctl *ctl)
{
	const char *name = ctl->name ?: "anon";

	if (unlikely(!ctl->enabled))
		return -ENODEV;
	if (likely(ctl->count < 8) && ctl->mode != 7)
		ctl->count++;
	pr_info(KERN_INFO "demo: " "open %s\n", name);
	return 0;
}

static void demo_release(struct demo_ctl *ctl)
{
	do {
		ctl->count--;
	} while (0);
	printk(KERN_WARNING "%s\n", ctl->name);
}

static const struct demo_ops demo_default_ops = {
	.open		= demo_open,
	.release	= demo_release,
};

static int demo_setup(struct demo_ctl *ctl, int mode)
{
	int err, i, j;

	BUILD_BUG_ON(sizeof(demo_default_ops) == 0);
	switch (mode) {
	case DEMO_IDLE: {
		int tmp = ctl->count;

		ctl->mode = tmp & 7;
		break;
	}
	case DEMO_BUSY:
		if (ctl->enabled) {
			ctl->mode = 1;
			break;
		}
		/* fall through */
	default:
		return -EINVAL;
	}
	err = demo_default_ops.open(ctl);
	if (err)
		goto out;
	for (i = 0, j = 10; i < j; i++, j--)
		ctl->count += i, ctl->count -= j;
	if (ctl->count > 100)
		goto out_release;
	return 0;

out_release:
	demo_default_ops.release(ctl);
out:
	return err;
}

static void demo_poll(struct demo_ctl *ctl)
{
	for (;;) {
		if (READ_ONCE(ctl->count) == 0)
			break;
		cpu_relax();
	}
}
