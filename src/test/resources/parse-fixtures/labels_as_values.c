/* functions: demo_interp demo_resume */
/*
 * Parse fixture: labels as values (&&label, goto *ptr).
 */

enum { OP_ADD, OP_SUB, OP_HALT };

static long demo_interp(const unsigned char *prog, long acc)
{
	static const void *const jump_table[] = {
		[OP_ADD] = &&do_add,
		[OP_SUB] = &&do_sub,
		[OP_HALT] = &&do_halt,
	};
	const unsigned char *pc = prog;

#define NEXT() goto *jump_table[*pc++]
	NEXT();
do_add:
	acc++;
	NEXT();
do_sub:
	acc--;
	goto *jump_table[*pc++];
do_halt:
	return acc;
#undef NEXT
}

static int demo_resume(int stage)
{
	void *target = &&first;
	int done = 0;

	if (stage > 0)
		target = &&second;
	goto *target;
first:
	done++;
second:
	done += 2;
	return done;
}
