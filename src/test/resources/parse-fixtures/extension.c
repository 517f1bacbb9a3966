/* functions: demo_wide_add demo_pair_sum */
/*
 * Parse fixture: __extension__ before declarations and expressions.
 */

__extension__ typedef unsigned long long demo_u64;
__extension__ typedef long long demo_s64;

struct demo_pair {
	__extension__ union {
		demo_u64 full;
		struct {
			unsigned int lo;
			unsigned int hi;
		};
	};
};

__extension__ static const demo_u64 demo_mask = 0xffffffffffffULL;

static demo_u64 demo_wide_add(demo_u64 a, demo_s64 b)
{
	__extension__ demo_u64 sum = a + (demo_u64)b;

	return __extension__ (sum & demo_mask);
}

static unsigned int demo_pair_sum(struct demo_pair *p)
{
	unsigned int v = __extension__ ({
		unsigned int t = p->lo;
		t + p->hi;
	});

	p->full = __extension__ 0ULL;
	return v + (unsigned int)demo_wide_add(v, -1);
}
