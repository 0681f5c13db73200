package org.sourcebench.extract.data;

import java.util.List;

/**
 * A verb of a PETRARCH verb block: its base form, the particle words a multi-word verb needs before and after it
 * ("CORDON_+OFF" is written "+CORDON_OFF": after = [OFF]), its own code (null: the block's) and the block's
 * patterns.
 */
public record PetrarchVerb(String base, List<String> before, List<String> after, String code, Block block) {

    /** A synonym block: the code of its isolated verbs and the patterns every verb of the block shares. */
    public record Block(String description, String code, List<PetrarchVerbPattern> patterns) {
    }

    /** The code of the isolated verb (no pattern matched), or null for no event. */
    public String isolatedCode() {
        return code != null ? code : block.code();
    }
}
