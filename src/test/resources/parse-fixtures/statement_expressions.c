/* functions: demo_pick demo_nested demo_loop_sum */
/*
 * Parse fixture: GNU statement expressions ({ ... }).
 */

#define demo_max(a, b) ({		\
	typeof(a) __a = (a);		\
	typeof(b) __b = (b);		\
	__a > __b ? __a : __b;		\
})

static int demo_pick(int x, int y)
{
	int m = ({ int t = x; if (y > t) t = y; t; });

	return m + demo_max(x, 0);
}

static unsigned long demo_nested(unsigned long base)
{
	unsigned long v;

	v = ({
		unsigned long inner = ({ unsigned long k = base << 1; k + 1; });
		inner ^ base;
	});
	if (({ int ok = v > 16; ok; }))
		v -= 16;
	return v;
}

static int demo_loop_sum(const int *vals, int n)
{
	int total = 0;
	int i;

	for (i = 0; i < n; i++)
		total += ({
			int cur = vals[i];
			cur < 0 ? -cur : cur;
		});
	return ({ total; }) + ({ ; 0; });
}
