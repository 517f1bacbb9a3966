/* functions: demo_nop demo_read_flags demo_xchg demo_test_bit demo_barrier */
/*
 * Parse fixture: inline assembly in its GNU forms.
 */

asm(".pushsection .text.demo\n"
    ".globl demo_trampoline\n"
    "demo_trampoline: ret\n"
    ".popsection");

static inline void demo_nop(void)
{
	asm volatile("nop");
}

static inline unsigned long demo_read_flags(void)
{
	unsigned long flags;

	asm volatile("pushf ; pop %0"
		     : "=rm" (flags)
		     : /* no input */
		     : "memory");
	return flags;
}

static inline unsigned long demo_xchg(unsigned long *ptr, unsigned long val)
{
	__asm__ __volatile__("xchg %0, %1"
			     : "+r" (val), "+m" (*ptr)
			     :
			     : "memory", "cc");
	return val;
}

static inline int demo_test_bit(long nr, const unsigned long *addr)
{
	asm goto("bt %1, %0\n\t"
		 "jc %l[set]"
		 : /* no outputs */
		 : "m" (*addr), "Ir" (nr)
		 : "cc"
		 : set);
	return 0;
set:
	return 1;
}

static inline int demo_barrier(int in)
{
	int out;

	__asm__ ("" : : : "memory");
	asm volatile("mov %[src], %[dst]" : [dst] "=r" (out) : [src] "r" (in));
	return out;
}
