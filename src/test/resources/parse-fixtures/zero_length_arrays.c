/* functions: demo_buf_len demo_rec_payload */
/*
 * Parse fixture: zero-length and flexible array members.
 */

struct demo_buf {
	unsigned int len;
	unsigned int flags;
	unsigned char data[0];
};

struct demo_rec {
	unsigned short type;
	unsigned short count;
	unsigned long entries[];
};

struct demo_wrap {
	struct demo_rec *rec;
	char name[16];
	u8 pad[0] __aligned(8);
};

static inline unsigned int demo_buf_len(const struct demo_buf *b)
{
	return sizeof(*b) + b->len;
}

static unsigned long *demo_rec_payload(struct demo_rec *r, unsigned int i)
{
	if (i >= r->count)
		return NULL;
	return &r->entries[i];
}
