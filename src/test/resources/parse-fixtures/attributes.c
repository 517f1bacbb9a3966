/* functions: demo_cold_path demo_fill demo_classify demo_probe */
/*
 * Parse fixture: __attribute__((...)) in the positions kernel code uses.
 */

struct demo_slot {
	unsigned long flags __attribute__((aligned(8)));
	int __attribute__((unused)) spare;
	char tag[4];
} __attribute__((packed));

struct demo_hdr {
	unsigned short len;
	unsigned char kind;
} __attribute__((packed, aligned(4)));

static int demo_count __attribute__((section(".data..demo"))) = 3;

extern void demo_panic(const char *msg) __attribute__((noreturn));

static int __attribute__((cold)) demo_cold_path(int err)
{
	return err < 0 ? err : -1;
}

__attribute__((__noinline__)) static void demo_fill(struct demo_slot *s,
		int __attribute__((unused)) hint)
{
	s->flags = 0;
	s->tag[0] = 'd';
}

static int demo_classify(int kind)
{
	int ret = 0;

	switch (kind) {
	case 1:
		ret++;
		__attribute__((fallthrough));
	case 2:
		ret++;
		break;
	default:
		ret = demo_cold_path(-22);
	}
	return ret;
}

int __attribute__((warn_unused_result)) demo_probe(struct demo_hdr *h)
{
	struct demo_slot slot __attribute__((aligned(16)));
	void *p __attribute__((unused)) = h;

	demo_fill(&slot, demo_count);
	return demo_classify(h->kind);
}
