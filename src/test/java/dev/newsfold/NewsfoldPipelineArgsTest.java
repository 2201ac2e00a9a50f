package dev.newsfold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** main() gives local runs a fixed AWS region, so no run looks one up on the network unless it uses S3. */
class NewsfoldPipelineArgsTest {
  @Test
  void aLocalRunGetsAFixedRegion() {
    assertArrayEquals(new String[] {"--input=in", "--awsRegion=us-east-1"},
        NewsfoldPipeline.withRegionUnlessS3(new String[] {"--input=in"}));
  }

  @Test
  void anS3RunOrAGivenRegionIsLeftAlone() {
    String[] s3 = {"--input=s3://bucket/dump", "--output=out"};
    assertArrayEquals(s3, NewsfoldPipeline.withRegionUnlessS3(s3));
    String[] region = {"--awsRegion=eu-west-1"};
    assertArrayEquals(region, NewsfoldPipeline.withRegionUnlessS3(region));
  }
}
